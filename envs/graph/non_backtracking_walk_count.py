"""NonBacktrackingWalkCount: the number of walks of exactly T steps from vertex 0 to N-1 that
never go straight back along the edge they just used, modulo a prime.

States are directed edges (arcs): a walk that has just used u -> v may continue along any arc
v -> w with w != u. The count is the first-step vector times the (T-1)-th power of this 2M x 2M
transfer matrix, summed over arcs into N-1; the power is taken by repeated squaring with numpy
(each product split into 15-bit halves so int64 never overflows). Instances whose count is 0
are redrawn (a bounded number of times) and the graph always has a few cycles, so the count is
rarely trivial.

Difficulty schedule (N vertices, M edges, T with D digits):

    d       0    1    2    5   10   20        d
    N       4    5    6    9   14   24        4 + d
    M       6    7    9   13   21   36        N + N // 2, at most N(N-1)/2
    D       1    1    1    2    3    6        1 + d // 4

The transfer matrix has at most 2M = 72 rows at d = 20, and the number of squarings grows with
the digits of T, so generation stays in milliseconds.
"""

from __future__ import annotations

import numpy as np

from rlve_gym.envs.combinatorics_counting._modular import (
    ModularCountEnvironment,
    modulus_sentence,
    number_with_digits,
)
from rlve_gym.graphs import format_edges, random_connected_graph
from rlve_gym.kernels.combinatorics import choose_prime

ATTEMPTS = 4
_HALF = 1 << 15


def _matmul_mod(a: np.ndarray, b: np.ndarray, prime: int) -> np.ndarray:
    """``a @ b mod prime`` for entries below 2^30 without int64 overflow (up to 2^20 columns):
    ``b`` is split into 15-bit halves. Integer matmul (no BLAS threads, so the cost does not
    depend on how busy the machine is)."""
    high, low = b >> 15, b & (_HALF - 1)
    return ((a @ high % prime) * _HALF + a @ low) % prime


def count_walks(n: int, edges: list[list[int]], steps: int, prime: int) -> int:
    """Walks 0 -> n-1 of exactly ``steps`` steps never reversing the previous edge, mod prime."""
    arcs = [(u, v) for u, v in edges] + [(v, u) for u, v in edges]
    tails = np.array([u for u, _ in arcs])
    heads = np.array([v for _, v in arcs])
    # arc i = (u, v) continues with arc j = (v, w) unless w == u
    transfer = ((heads[:, None] == tails[None, :]) & (tails[:, None] != heads[None, :])).astype(
        np.int64
    )
    vector = np.array([[1 if u == 0 else 0 for u, _ in arcs]], dtype=np.int64)
    exponent = steps - 1
    power = transfer
    while exponent:
        if exponent & 1:
            vector = _matmul_mod(vector, power, prime)
        exponent >>= 1
        if exponent:
            power = _matmul_mod(power, power, prime)
    return int(sum(int(vector[0, i]) for i, (_, v) in enumerate(arcs) if v == n - 1) % prime)


class NonBacktrackingWalkCount(ModularCountEnvironment):
    description = "Number of T-step walks from 0 to N-1 that never immediately reverse an edge, modulo a prime"
    answer_example = "3120"
    catalog_name = "Path_NoGoingBack_Counting"

    def schedule(self, difficulty):
        n = 4 + difficulty
        return {
            "vertices": n,
            "edges": min(n * (n - 1) // 2, n + n // 2),
            "step_digits": 1 + difficulty // 4,
        }

    def generate_instance(self, rng, sizes):
        n = sizes["vertices"]
        prime = choose_prime(rng)
        for _ in range(ATTEMPTS):
            edges = random_connected_graph(rng, n, sizes["edges"])
            steps = number_with_digits(rng, sizes["step_digits"], smallest=3)
            if count_walks(n, edges, steps, prime) not in (0, 1):
                break
        return {"n": n, "edges": edges, "steps": steps, "modulus": prime}

    def solve(self, instance):
        return count_walks(instance["n"], instance["edges"], instance["steps"], instance["modulus"])

    def render(self, instance):
        n, edges, steps = instance["n"], instance["edges"], instance["steps"]
        return (
            f"An undirected graph has {n} vertices, labelled 0 to {n - 1}, and {len(edges)} edges, one "
            f"per line below ('u v' joins u and v).\n\n{format_edges(edges)}\n\n"
            f"A walk of {steps} steps is a sequence of {steps + 1} vertices, starting at 0, in which each "
            "consecutive pair is joined by an edge. Count the walks of exactly "
            f"{steps} steps from vertex 0 that end at vertex {n - 1} and never go back along the edge "
            "they just used (no step u -> v is followed directly by v -> u). Vertices and edges may "
            "otherwise repeat, and the walk may pass through vertex "
            f"{n - 1} before its last step.\n"
            f"{modulus_sentence(instance['modulus'])}"
        )
