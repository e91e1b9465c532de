"""CliqueIndependentSplitCount: over every way to split the vertices of a vertex-weighted graph
into a non-empty clique and a non-empty independent set, the total weight of the clique part,
summed over the splits.

The vertex weights (1..50) are there so the answer spreads: the plain number of splits is a
small number (2 to a dozen), and one remembered count answered a quarter of a level. With
weights, each split must still be found, and the answer takes hundreds of values per level.

A graph with such a split is a split graph. By the Hammer-Simeone theorem, the m highest-degree
vertices (m the largest i with d_i >= i - 1, degrees sorted decreasingly) form a clique K and
the rest an independent set I whenever any split exists. Every other split (C, J) differs from
(K, I) by at most one vertex each way (two vertices of I cannot both join a clique, two of K
cannot both join an independent set), so the splits are (K, I), K minus v, K plus u, and K minus
v plus u, each tested in O(1) from neighbour counts: O(N^2) in all, and each found split adds
the weight of K adjusted by the moved vertices.

The generator draws a target count 1 + e (e uniform in 1..min(S, N - 3)) and plants a split
graph with a clique part K, random edges between K and I, and e extra splits: e clique vertices
with no neighbour in I, e independent vertices adjacent to all of K, or one such clique vertex v
with e - 1 independent vertices adjacent to exactly K - v (each a swap partner of v). Random
edges can add splits by accident, so the graph is redrawn (at most 12 times) until the count
is exactly 1 + e. There are always at least 2 splits, so the answer is at least 2 and the
prompt's example 1 is never right.

Difficulty schedule (N vertices, clique part k drawn to fit e):

    d       0    1    2    5   10   20        d
    N       7    8    9   12   17   27        7 + d
    S       4    4    5    6    9   14        S = 4 + d // 2

The prompt stays under 2,500 characters at d = 20.
"""

from __future__ import annotations

from rlve_gym import Environment
from rlve_gym.answers import parse_int
from rlve_gym.graphs import (
    scramble_undirected,
    undirected_graph_intro,
)

#: vertex weights are drawn from 1..MAX_WEIGHT
MAX_WEIGHT = 50
#: redraws of a planted split graph whose random edges added splits by accident
ATTEMPTS = 12


def split_clique_weights(n: int, edges: list[list[int]], weights: list[int]) -> list[int]:
    """The total weight of the clique part of every (clique, independent set) split of the
    vertices with both parts non-empty, one entry per split."""
    adjacent = [[False] * n for _ in range(n)]
    degree = [0] * n
    for u, v in edges:
        adjacent[u][v] = adjacent[v][u] = True
        degree[u] += 1
        degree[v] += 1
    order = sorted(range(n), key=lambda v: -degree[v])
    m = max((i + 1 for i in range(n) if degree[order[i]] >= i), default=0)
    clique, independent = order[:m], order[m:]
    to_clique = [sum(adjacent[x][v] for v in clique) for x in range(n)]
    to_independent = [sum(adjacent[x][u] for u in independent) for x in range(n)]
    if any(to_clique[v] != m - 1 for v in clique) or any(to_independent[u] for u in independent):
        return []
    k = m
    base = sum(weights[v] for v in clique)

    def both_non_empty(size: int) -> bool:
        return 0 < size < n

    found = [base] if both_non_empty(k) else []
    if both_non_empty(k - 1):
        found += [base - weights[v] for v in clique if to_independent[v] == 0]
    if both_non_empty(k + 1):
        found += [base + weights[u] for u in independent if to_clique[u] == k]
    if both_non_empty(k):
        for v in clique:  # swap v (to the independent side) with u (to the clique side)
            for u in independent:
                joined = adjacent[u][v]
                if to_clique[u] - joined == k - 1 and to_independent[v] - joined == 0:
                    found.append(base - weights[v] + weights[u])
    return found


def count_splits(n: int, edges: list[list[int]]) -> int:
    """Number of (clique, independent set) splits of the vertices with both parts non-empty."""
    return len(split_clique_weights(n, edges, [0] * n))


def planted_split_graph(rng, n: int, extra: int) -> list[list[int]]:
    """A split graph on ``n`` vertices built to have ``1 + extra`` splits (random edges between
    the parts may add more): ``extra`` clique vertices with no neighbour in I ("loners"),
    ``extra`` independent vertices adjacent to the whole clique, or one loner with ``extra - 1``
    swap partners (independent vertices adjacent to the whole clique but the loner)."""
    mode = rng.choice(("loners", "universal", "swaps"))
    if mode == "loners":
        k = rng.randint(extra + 1, n - 2)
    elif mode == "universal":
        k = rng.randint(2, n - extra - 1)
    else:
        k = rng.randint(2, min(n - 2, n - extra + 1))
    labels = list(range(n))
    rng.shuffle(labels)
    clique, independent = labels[:k], labels[k:]
    edges = [[a, b] for i, a in enumerate(clique) for b in clique[i + 1 :]]
    density = rng.uniform(0.3, 0.7)
    cross = {(v, u) for v in clique for u in independent if rng.random() < density}
    if mode == "universal":
        for u in independent[:extra]:
            cross |= {(v, u) for v in clique}
    else:
        loners = clique[: extra if mode == "loners" else 1]
        cross -= {(v, u) for v in loners for u in independent}
        for u in independent[: extra - 1] if mode == "swaps" else []:
            cross |= {(v, u) for v in clique[1:]}
    return edges + [[min(v, u), max(v, u)] for v, u in sorted(cross)]


class CliqueIndependentSplitCount(Environment):
    description = "Sum, over the splits of a vertex-weighted graph into a non-empty clique and a non-empty independent set, of the clique's weight"
    answer_kind = "single_int"
    answer_example = "1"
    catalog_name = "Clique_IndependentSet_Partitioning_Counting"

    def schedule(self, difficulty):
        return {"vertices": 7 + difficulty, "movable": 4 + difficulty // 2}

    def generate_instance(self, rng, sizes):
        n = sizes["vertices"]
        extra = rng.randint(1, min(sizes["movable"], n - 3))  # planted splits beyond (K, I)
        for _ in range(ATTEMPTS):  # random edges can add splits by accident: redraw a few times
            edges = planted_split_graph(rng, n, extra)
            if count_splits(n, edges) == 1 + extra:
                break
        weights = [rng.randint(1, MAX_WEIGHT) for _ in range(n)]
        return {"n": n, "edges": scramble_undirected(rng, edges), "weights": weights}

    def solve(self, instance):
        return sum(split_clique_weights(instance["n"], instance["edges"], instance["weights"]))

    def render(self, instance):
        n, edges = instance["n"], instance["edges"]
        return (
            undirected_graph_intro(n, edges)
            + f"Each vertex has a weight; the weights of vertices 0 to {n - 1}, in order, are: "
            f"{' '.join(map(str, instance['weights']))}\n\n"
            "Consider every way to split the vertices into two groups C and I, with every vertex in "
            "exactly one group and both groups non-empty, such that every two vertices of C are "
            "joined by an edge (C is a clique) and no two vertices of I are joined by an edge (I is "
            "an independent set). Splits are told apart by which vertices form the clique C. For "
            "each such split, take the total weight of the vertices in C. What is the sum of these "
            "totals over all such splits?\n"
            "Answer with a single integer."
        )

    def parse(self, text, instance):
        return parse_int(text, max_digits=12)
