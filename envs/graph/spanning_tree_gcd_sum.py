"""SpanningTreeGcdSum: over all spanning trees of an edge-weighted graph, the sum of the greatest
common divisor of each tree's edge weights, modulo a prime.

Since gcd(T) = sum of phi(g) over the divisors g of gcd(T), the sum equals the sum over g of
phi(g) times the number of spanning trees that use only edges whose weight g divides. Each count
is a Kirchhoff determinant modulo the prime (Numba Gaussian elimination, O(N^3)), and only
divisors g shared by at least N - 1 edges can contribute. At d = 20 that is a few dozen
determinants of size 26, a few milliseconds.

Difficulty schedule (N vertices, M edges, weights in 1..W):

    d       0    1    2    5   10   20        d
    N       7    8    9   12   17   27        7 + d
    M      12   22   25   46   83  187        min(N(N-1)/2, N * (2 + (d + 3) // 4) - 2)
    W      18   20   22   28   38   58        18 + 2d

Weights stay small so that many edges share divisors (2, 3, 4, ...) and the gcd matters; the
graphs are connected. The prompt stays under 3,000 characters at d = 20. Level 0 starts at
seven vertices: on four to six (where most trees have gcd 1, so the sum is nearly the number
of trees) one sum was the answer on 8-29% of the seeds.
"""

from __future__ import annotations

import numpy as np

from rlve_gym.graphs import (
    add_weights,
    pair_count,
    random_connected_graph,
    scramble_undirected,
    undirected_graph_intro,
)
from rlve_gym.kernels.combinatorics import choose_prime
from rlve_gym.kernels.graph_search import _determinant_mod, spanning_tree_count_mod
from rlve_gym.kernels.number_theory import euler_phi
from rlve_gym.modular import ModularCountEnvironment, modulus_sentence


def spanning_tree_gcd_sum(n: int, edges: list[list[int]], prime: int) -> int:
    """Sum over spanning trees of the gcd of their edge weights, modulo ``prime``."""
    table = np.array([e[:3] for e in edges if e[0] != e[1]], dtype=np.int64).reshape(-1, 3)
    us, vs, ws = table[:, 0], table[:, 1], table[:, 2]
    # each divisor's Laplacian is built with array counts, not per-edge element writes
    flat = np.concatenate([us * n + vs, vs * n + us, us * (n + 1), vs * (n + 1)])
    signs = np.concatenate([-np.ones(2 * len(us), np.int64), np.ones(2 * len(us), np.int64)])
    top = int(ws.max()) if len(ws) else 0
    total = 0
    for g in range(1, top + 1):
        keep = ws % g == 0
        if int(keep.sum()) < n - 1:
            continue
        laplacian = np.bincount(flat, weights=signs * np.tile(keep, 4), minlength=n * n)
        minor = laplacian.astype(np.int64).reshape(n, n)[1:, 1:] % prime
        total += euler_phi(g) * int(_determinant_mod(minor, prime))
    return total % prime


def spanning_tree_gcd_sum_plain(n: int, edges: list[list[int]], prime: int) -> int:
    """The direct form (one filtered edge list and Kirchhoff count per divisor): the tests'
    oracle for ``spanning_tree_gcd_sum``."""
    top = max((e[2] for e in edges), default=0)
    total = 0
    for g in range(1, top + 1):
        kept = [e for e in edges if e[2] % g == 0]
        if len(kept) >= n - 1:
            total += euler_phi(g) * spanning_tree_count_mod(n, kept, prime)
    return total % prime


class SpanningTreeGcdSum(ModularCountEnvironment):
    description = "Sum over all spanning trees of the gcd of their edge weights, modulo a prime"
    catalog_name = "SumSpanningTreeGCD"

    def schedule(self, difficulty):
        n = 7 + difficulty
        return {
            "vertices": n,
            "edges": min(pair_count(n), n * (2 + (difficulty + 3) // 4) - 2),
            "max_weight": 18 + 2 * difficulty,
        }

    def generate_instance(self, rng, sizes):
        n = sizes["vertices"]
        edges = add_weights(
            rng, random_connected_graph(rng, n, sizes["edges"]), 1, sizes["max_weight"]
        )
        return {"n": n, "edges": scramble_undirected(rng, edges), "modulus": choose_prime(rng)}

    def solve(self, instance):
        return spanning_tree_gcd_sum(instance["n"], instance["edges"], instance["modulus"])

    def render(self, instance):
        n, edges = instance["n"], instance["edges"]
        return (
            undirected_graph_intro(n, edges, "with positive integer weight w", connected=True)
            + f"A spanning tree is a set of {n - 1} edges that connects all {n} vertices. For each "
            "spanning tree, take the greatest common divisor of the weights of its edges. What is the "
            "sum of these greatest common divisors over all spanning trees of the graph?\n"
            f"{modulus_sentence(instance['modulus'], what='sum')}\n"
            "Answer with a single integer."
        )
