"""TreeRandomWalkMeanHittingTime: the average, over all ordered pairs of vertices (S, T) of a
tree, of the expected number of steps a random walk from S needs to reach T.

A random walk moves from its vertex to a uniformly random neighbour at every step; E(S, T) is
the expected number of steps until it first stands on T (0 when S = T). The answer is the mean
of E(S, T) over all N^2 ordered pairs, a rational number asked modulo a prime M as a * b^(-1)
mod M.

Solver. Cut the tree at an edge {u, p}, with u's side holding s vertices. A walk from u first
reaches p after 2s - 1 expected steps (the sum of the degrees on u's side, by the standard
return-time argument), and from p reaches u after 2(N - s) - 1. E(S, T) adds these over the
edges of the path from S to T, each crossed once in the direction of T, and each edge lies on
the path of s (N - s) pairs in each direction, so the sum over all pairs is
sum over edges of s (N - s) (2s - 1 + 2(N - s) - 1) = 2 (N - 1) W, with W the Wiener index (sum
of the distances over unordered pairs). The answer is 2 (N - 1) W / N^2; one pass over the tree,
O(N). The tests check it against solving the hitting-time linear equations exactly.

Instances are uniformly random labelled trees (random Pruefer codes); the prime is drawn from
``COUNTING_PRIMES`` (all above 10**6, so it never divides N^2).

Difficulty schedule (N uniform in [min_vertices, max_vertices]):

    d              0   1   2   3  ...  10  ...  20  ...  d
    min_vertices   8   9  10  11  ...  18  ...  28  ...  8 + d
    max_vertices  12  14  16  18  ...  32  ...  52  ...  12 + 2d

The answer depends only on N and the Wiener index, whose values bunch up for a fixed N (at N = 7
one residue came up on 7% of the instances), so N is drawn from a range; level 0 has 8 to 12
vertices. Both ends grow every level.
"""

from __future__ import annotations

from fractions import Fraction

from rlve_gym.graphs import adjacency
from rlve_gym.kernels.combinatorics import choose_prime
from rlve_gym.trees import bfs_order, random_tree_edges, subtree_sizes, tree_statement

from ._modular_expectation import ModularFractionEnvironment, fraction_mod, fraction_sentence


def mean_hitting_time(n: int, edges: list[list[int]]) -> Fraction:
    """Mean of E(S, T) over all n^2 ordered pairs: 2 (n - 1) W / n^2, W the Wiener index."""
    order, parent = bfs_order(adjacency(n, edges), 0)
    sizes = subtree_sizes(order, parent)
    wiener = sum(sizes[v] * (n - sizes[v]) for v in order if parent[v] >= 0)
    return Fraction(2 * (n - 1) * wiener, n * n)


class TreeRandomWalkMeanHittingTime(ModularFractionEnvironment):
    description = (
        "Mean over all ordered vertex pairs of a tree of the expected random-walk hitting time, "
        "modulo a prime"
    )
    catalog_name = "TreeRandomWalkExpectation"

    def schedule(self, difficulty):
        return {"min_vertices": 8 + difficulty, "max_vertices": 12 + 2 * difficulty}

    def generate_instance(self, rng, sizes):
        n = rng.randint(sizes["min_vertices"], sizes["max_vertices"])
        return {"vertices": n, "edges": random_tree_edges(rng, n), "modulus": choose_prime(rng)}

    def solve(self, instance):
        value = mean_hitting_time(instance["vertices"], instance["edges"])
        return fraction_mod(value, instance["modulus"])

    def render(self, instance):
        n = instance["vertices"]
        return (
            f"{tree_statement(n, instance['edges'])}\n\n"
            "A random walk on the tree starts at a vertex and, at every step, moves to one of the "
            "neighbours of its current vertex, chosen uniformly at random. For vertices S and T, "
            "let E(S, T) be the expected number of steps a walk started at S takes until it "
            "first stands on T (E(S, T) = 0 when S = T).\n"
            "For example, on the path with edges 0-1 and 1-2, E(0, 2) = 4 and E(1, 0) = 3.\n"
            f"What is the average of E(S, T) over all {n * n} ordered pairs (S, T) of vertices "
            f"(S and T each from 0 to {n - 1}, pairs with S = T included), that is, the sum of all "
            f"E(S, T) divided by {n * n}?\n"
            f"{fraction_sentence(instance['modulus'], 'average')}\n"
            "Answer with a single integer."
        )
