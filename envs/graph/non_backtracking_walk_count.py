"""NonBacktrackingWalkCount: the number of walks of exactly T steps from vertex 0 to N-1 that
never go straight back along the edge they just used, modulo a prime.

The count matrices W_k (walks of k steps between each pair of vertices) obey the recurrence
W_{k+1} = W_k A - W_{k-1} (D - I) for k >= 2 (A the adjacency matrix, D the degrees), so row 0
is carried by a 2N x 2N matrix whose power is taken by repeated squaring with numpy (each
product split into 15-bit halves so int64 never overflows). Instances whose count is 0
are redrawn (a bounded number of times) and the graph always has a few cycles, so the count is
rarely trivial.

Difficulty schedule (N vertices, M edges, T with D digits):

    d       0    1    2    5   10   20        d
    N       4    5    6    9   14   24        4 + d, then one more every four levels past d = 20
    M       5    7    9   13   21   36        N + N // 2, at most N(N-1)/2 - 1
    D       2    2    2    3    4    7        2 + d // 4

The recurrence matrix has 2N = 48 rows at d = 20, and the number of squarings grows with
the digits of T, so generation takes about 3 ms. Past d = 20 the vertices grow by one every
four levels, so that the O(N^3 D) matrix powers (numpy integer products, about 5 ms each at
N = 64) stay well under a second at d = 100 (N = 44, 27 digits). T has two digits from level
0: with one digit the counts were small and 3 (or 2) was the answer on 8-21% of the seeds.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np

from rlve_gym.graphs import format_edges, random_connected_graph
from rlve_gym.kernels.combinatorics import choose_prime
from rlve_gym.modular import (
    ModularCountEnvironment,
    modulus_sentence,
    number_with_digits,
)

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
    return _count_walks_cached(n, tuple(map(tuple, edges)), steps, prime)


@lru_cache(maxsize=8)
def _count_walks_cached(n: int, edges: tuple[tuple[int, int], ...], steps: int, prime: int) -> int:
    """The count through vertex-indexed matrices (generation asks for it twice, hence the cache).

    With A the adjacency matrix and D the diagonal of degrees, the matrices W_k counting
    non-backtracking walks of k steps satisfy W_1 = A, W_2 = A^2 - D and, for k >= 2,
    W_{k+1} = W_k A - W_{k-1} (D - I) (a walk of k steps extended by any edge, minus the
    extensions that reverse the last edge). Row 0 of (W_k, W_{k-1}) is therefore carried by a
    2N x 2N matrix, smaller than the 2M x 2M arc-to-arc transfer matrix.
    """
    if steps <= 0:
        return int(n - 1 == 0) % prime
    adjacency = np.zeros((n, n), dtype=np.int64)
    for u, v in edges:
        adjacency[u, v] = adjacency[v, u] = 1
    degrees = adjacency.sum(axis=1)
    first = adjacency[0:1, :] % prime  # row 0 of W_1
    if steps == 1:
        return int(first[0, n - 1])
    second = (first @ adjacency) % prime
    second[0, 0] = (second[0, 0] - degrees[0]) % prime  # row 0 of W_2 = A^2 - D
    if steps == 2:
        return int(second[0, n - 1])
    step = np.zeros((2 * n, 2 * n), dtype=np.int64)
    step[:n, :n] = adjacency
    step[:n, n:] = np.eye(n, dtype=np.int64)
    step[n:, :n] = np.diag((1 - degrees) % prime)  # -(D - I) modulo the prime
    state = np.concatenate([second, first], axis=1)  # (row 0 of W_k, row 0 of W_{k-1}), k = 2
    exponent = steps - 2
    power = step
    while exponent:
        if exponent & 1:
            state = _matmul_mod(state, power, prime)
        exponent >>= 1
        if exponent:
            power = _matmul_mod(power, power, prime)
    return int(state[0, n - 1]) % prime


class NonBacktrackingWalkCount(ModularCountEnvironment):
    description = "Number of T-step walks from 0 to N-1 that never immediately reverse an edge, modulo a prime"
    answer_example = "3120"
    catalog_name = "Path_NoGoingBack_Counting"

    def schedule(self, difficulty):
        n = 4 + min(difficulty, 20) + max(0, difficulty - 20) // 4
        return {
            "vertices": n,
            "edges": min(n * (n - 1) // 2 - 1, n + n // 2),  # never complete: K4 would fix d = 0
            "step_digits": 2 + difficulty // 4,
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
