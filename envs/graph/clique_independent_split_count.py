"""CliqueIndependentSplitCount: the number of ways to split the vertices of a graph into a
non-empty clique and a non-empty independent set.

A graph with such a split is a split graph. By the Hammer-Simeone theorem, the m highest-degree
vertices (m the largest i with d_i >= i - 1, degrees sorted decreasingly) form a clique K and
the rest an independent set I whenever any split exists. Every other split (C, J) differs from
(K, I) by at most one vertex each way (two vertices of I cannot both join a clique, two of K
cannot both join an independent set), so the splits are (K, I), K minus v, K plus u, and K minus
v plus u, each tested in O(1) from neighbour counts: O(N^2) in all.

The generator plants a split graph with K of k vertices, random edges between K and I, and at
least one vertex that can change sides (a clique vertex with no neighbour in I, or an
independent vertex adjacent to all of K), so there are always at least 2 splits.

Difficulty schedule (N vertices, clique part k drawn from [2, N - 2]):

    d       0    1    2    5   10   20        d
    N       5    6    7   10   15   25        5 + d
    S       1    1    2    3    5   10        movable vertices planted: 1 .. S, S = 1 + d // 2

The prompt stays under 2,500 characters at d = 20.
"""

from __future__ import annotations

from rlve_gym import Environment
from rlve_gym.answers import parse_int
from rlve_gym.graphs import (
    scramble_undirected,
    undirected_graph_intro,
)


def count_splits(n: int, edges: list[list[int]]) -> int:
    """Number of (clique, independent set) splits of the vertices with both parts non-empty."""
    adjacent = [[False] * n for _ in range(n)]
    degree = [0] * n
    for u, v in edges:
        adjacent[u][v] = adjacent[v][u] = True
        degree[u] += 1
        degree[v] += 1
    order = sorted(range(n), key=lambda v: -degree[v])
    m = max((i + 1 for i in range(n) if degree[order[i]] >= i), default=0)
    clique, independent = order[:m], order[m:]
    in_clique = [False] * n
    for v in clique:
        in_clique[v] = True
    to_clique = [sum(adjacent[x][v] for v in clique) for x in range(n)]
    to_independent = [sum(adjacent[x][u] for u in independent) for x in range(n)]
    if any(to_clique[v] != m - 1 for v in clique) or any(to_independent[u] for u in independent):
        return 0
    k = m

    def both_non_empty(size: int) -> bool:
        return 0 < size < n

    count = both_non_empty(k)
    count += sum(both_non_empty(k - 1) for v in clique if to_independent[v] == 0)
    count += sum(both_non_empty(k + 1) for u in independent if to_clique[u] == k)
    for v in clique:  # swap v (to the independent side) with u (to the clique side)
        for u in independent:
            joined = adjacent[u][v]
            if to_clique[u] - joined == k - 1 and to_independent[v] - joined == 0:
                count += both_non_empty(k)
    return count


class CliqueIndependentSplitCount(Environment):
    description = "Count the splits of a graph's vertices into a non-empty clique and a non-empty independent set"
    answer_kind = "single_int"
    answer_example = "3"
    catalog_name = "Clique_IndependentSet_Partitioning_Counting"

    def schedule(self, difficulty):
        return {"vertices": 5 + difficulty, "movable": 1 + difficulty // 2}

    def generate_instance(self, rng, sizes):
        n = sizes["vertices"]
        labels = list(range(n))
        rng.shuffle(labels)
        k = rng.randint(2, n - 2)
        clique, independent = labels[:k], labels[k:]
        edges = [[a, b] for i, a in enumerate(clique) for b in clique[i + 1 :]]
        density = rng.uniform(0.3, 0.7)
        cross = {(v, u) for v in clique for u in independent if rng.random() < density}
        if rng.random() < 0.5:  # clique vertices with no neighbour on the independent side
            for v in rng.sample(clique, rng.randint(1, min(sizes["movable"], k - 1))):
                cross -= {(v, u) for u in independent}
        else:  # independent vertices adjacent to the whole clique
            for u in rng.sample(independent, rng.randint(1, min(sizes["movable"], n - k - 1))):
                cross |= {(v, u) for v in clique}
        edges += [[min(v, u), max(v, u)] for v, u in sorted(cross)]
        return {"n": n, "edges": scramble_undirected(rng, edges)}

    def solve(self, instance):
        return count_splits(instance["n"], instance["edges"])

    def render(self, instance):
        n, edges = instance["n"], instance["edges"]
        return (
            undirected_graph_intro(n, edges)
            + "In how many ways can the vertices be split into two groups C and I, with every vertex in "
            "exactly one group and both groups non-empty, such that every two vertices of C are "
            "joined by an edge (C is a clique) and no two vertices of I are joined by an edge (I is "
            "an independent set)? Splits are ordered by role: (C, I) is counted once, by which "
            "vertices form the clique.\n"
            "Answer with a single integer."
        )

    def parse(self, text, instance):
        return parse_int(text, max_digits=12)
