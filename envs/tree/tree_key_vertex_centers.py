"""How close can M centres on a weighted tree bring the farthest key vertex?

Some vertices of a tree with positive integer edge lengths are marked as key vertices. M distinct
vertices are to be chosen as centres, minimising the largest distance from a key vertex to its
nearest centre; the answer is that smallest possible largest distance (the radius), an integer.
(Asking for the value, as the original task does, rather than for the centres: the optimal sets
form plateaus, since only the centres at the bottleneck are tight and the others can move within
their slack, so a fixed or random set was optimal on 5-35% of a level.)

Difficulty schedule (tree size, number of centres, number of key vertices, largest length):

    d           0    1    2    3    4    5    10    20    d
    vertices   12   15   18   21   24   27    42    72    12 + 3d
    centres     2    2    2    2    3    3     4     7    2 + d // 4
    keys        8    9   11   12   14   15    23    38    (n + 2) // 2 + 1
    max length 50   60   70   80   90  100   150   250    50 + 10d

Edges have lengths from a wide range: on unweighted trees the radius is a small integer reached
by whole plateaus of centre sets, and a random choice of two centres was optimal on a third of
the smallest levels. There are always more key vertices than centres, so the optimum is positive.

Reference solver: binary search on the radius R; for a fixed R the fewest centres covering every
key vertex come from one bottom-up pass that keeps, per vertex, the farthest uncovered key below
it and the nearest centre below it, and opens a centre at a vertex when the farthest uncovered
key below it would be out of reach from its parent.
"""

from __future__ import annotations

from rlve_gym import Environment
from rlve_gym.graphs import add_weights
from rlve_gym.trees import random_tree_edges, root_weighted_tree, tree_statement

NONE_BELOW = -(10**18)  # no uncovered key vertex in the subtree
FAR_AWAY = 10**18  # no centre in the subtree


def _weighted(edges: list[list[int]]) -> list[list[int]]:
    """Edges as ``[u, v, length]``; an unweighted ``[u, v]`` has length 1."""
    return [list(e) if len(e) == 3 else [e[0], e[1], 1] for e in edges]


def greedy_centres(tree, is_key: list[bool], radius: int) -> list[int]:
    """The fewest centres covering every key vertex within ``radius`` (greedy, bottom-up)."""
    order, parent, length = tree
    uncovered = [0 if k else NONE_BELOW for k in is_key]  # farthest uncovered key below
    nearest = [FAR_AWAY] * len(order)  # nearest centre below
    centres = []
    for v in reversed(order):
        if uncovered[v] + nearest[v] <= radius:
            uncovered[v] = NONE_BELOW
        p = parent[v]
        if uncovered[v] >= 0 and (p < 0 or uncovered[v] + length[v] > radius):
            centres.append(v)
            uncovered[v], nearest[v] = NONE_BELOW, 0
        if p >= 0:
            uncovered[p] = max(uncovered[p], uncovered[v] + length[v])
            nearest[p] = min(nearest[p], nearest[v] + length[v])
    return centres


def optimal_centres(
    n: int, edges: list[list[int]], keys: list[int], count: int
) -> tuple[int, list[int]]:
    """``(smallest radius, centres achieving it)`` with at most ``count`` centres."""
    tree = root_weighted_tree(n, _weighted(edges), 0)
    is_key = [False] * n
    for v in keys:
        is_key[v] = True
    low, high = 0, sum(e[2] for e in _weighted(edges))
    while low < high:
        mid = (low + high) // 2
        if len(greedy_centres(tree, is_key, mid)) <= count:
            high = mid
        else:
            low = mid + 1
    return low, greedy_centres(tree, is_key, low)


def coverage_radius(n: int, edges: list[list[int]], keys: list[int], centres: list[int]) -> int:
    """Largest distance from a key vertex to its nearest centre (two passes over the tree)."""
    order, parent, length = root_weighted_tree(n, _weighted(edges), 0)
    nearest = [FAR_AWAY] * n
    for v in centres:
        nearest[v] = 0
    for v in reversed(order[1:]):  # nearest centre below
        nearest[parent[v]] = min(nearest[parent[v]], nearest[v] + length[v])
    for v in order[1:]:  # or through the parent
        nearest[v] = min(nearest[v], nearest[parent[v]] + length[v])
    return max(nearest[v] for v in keys)


class TreeKeyVertexCenters(Environment):
    description = (
        "Smallest possible distance from the farthest key vertex to the nearest of M tree centres"
    )
    answer_kind = "single_int"
    answer_example = "0"  # never right: there are more key vertices than centres
    catalog_name = "DynDynamite"

    def schedule(self, difficulty):
        n = 12 + 3 * difficulty
        return {
            "vertices": n,
            "centres": 2 + difficulty // 4,
            "keys": (n + 2) // 2 + 1,
            "max_length": 50 + 10 * difficulty,
        }

    def generate_instance(self, rng, sizes):
        n, count = sizes["vertices"], sizes["centres"]
        keys = sorted(rng.sample(range(n), sizes["keys"]))
        edges = add_weights(rng, random_tree_edges(rng, n), 1, sizes["max_length"])
        return {"n": n, "edges": edges, "keys": keys, "centres": count}

    def solve(self, instance):
        return optimal_centres(
            instance["n"], instance["edges"], instance["keys"], instance["centres"]
        )[0]

    def render(self, instance):
        n, m = instance["n"], instance["centres"]
        return (
            f"{tree_statement(n, instance['edges'], weight='length')}\n\n"
            f"The key vertices are: {' '.join(map(str, instance['keys']))}\n\n"
            "The distance between two vertices is the total length of the edges on the path between "
            f"them. Choose exactly {m} distinct vertices (any vertices, key or not) as centres so that "
            "the largest distance from a key vertex to its nearest centre is as small as possible. "
            "What is that smallest possible largest distance? Output a single integer (for "
            "example: 0)."
        )
