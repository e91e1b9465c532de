"""Shortest patrol of every road of a tree after building K new roads (K = 1 or 2).

Villages 0..n-1 are joined by n - 1 roads of length 1 forming a tree. K new roads of length 1
are built between any two villages (a new road may join a village to itself, or run beside an
existing road). A patrol starts and ends at village 0, travels every old road at least once and
every new road exactly once. The answer is the least possible patrol length over all choices of
the new roads.

Difficulty schedule (tree size; K is 1 or 2 at random):

    d           0    1    2    3    5    10    20    d
    vertices    6    9   12   15   21    36    66    6 + 3d

Reference solver, linear: without new roads every road is walked twice, 2(n - 1). A new road
between the ends of a path of L roads lets that path be walked once: saving L - 1. The first road
spans a diameter; for the second, roads of the first path count -1 (walking them twice again)
and the others +1, and the best path by that weight (possibly a single village) is the saving.
"""

from __future__ import annotations

from rlve_gym import Environment
from rlve_gym.graphs import adjacency, format_edges
from rlve_gym.trees import bfs_order, path_between, random_tree_edges, tree_diameter


def heaviest_path(adj: list[list[int]], weight: dict[frozenset, int]) -> int:
    """Largest total weight of a path (a single vertex counts, weight 0), by a bottom-up DP."""
    order, parent = bfs_order(adj, 0)
    down = [0] * len(adj)  # best path going down from v (possibly just v)
    best = 0
    for v in reversed(order):
        top_two = [0, 0]
        for c in adj[v]:
            if parent[c] == v:
                branch = down[c] + weight[frozenset((v, c))]
                if branch > top_two[0]:
                    top_two = [branch, top_two[0]]
                elif branch > top_two[1]:
                    top_two[1] = branch
        down[v] = top_two[0]
        best = max(best, top_two[0] + top_two[1])
    return best


def shortest_patrol(n: int, edges: list[list[int]], new_roads: int) -> int:
    adj = adjacency(n, edges)
    length, a, b = tree_diameter(adj)
    total = 2 * (n - 1) - (length - 1)
    if new_roads == 2:
        on_diameter = path_between(adj, a, b)
        weight = {frozenset(e): 1 for e in edges}
        for u, v in zip(on_diameter, on_diameter[1:], strict=False):
            weight[frozenset((u, v))] = -1
        total -= heaviest_path(adj, weight) - 1
    return total


class TreePatrolWithNewRoads(Environment):
    description = "Shortest closed patrol over a tree's roads after adding one or two new roads"
    answer_kind = "single_int"
    answer_example = "15"
    catalog_name = "Patrol"

    def schedule(self, difficulty):
        return {"vertices": 6 + 3 * difficulty}

    def generate_instance(self, rng, sizes):
        n = sizes["vertices"]
        return {"n": n, "edges": random_tree_edges(rng, n), "new_roads": rng.choice((1, 2))}

    def solve(self, instance):
        return shortest_patrol(instance["n"], instance["edges"], instance["new_roads"])

    def render(self, instance):
        n, k = instance["n"], instance["new_roads"]
        roads = "one new road" if k == 1 else "two new roads"
        return (
            f"There are {n} villages, numbered 0 to {n - 1}, joined by {n - 1} roads of length 1 that "
            'form a tree. The roads are listed below, one per line; a line "u v" is a road between '
            f"villages u and v.\n{format_edges(instance['edges'])}\n\n"
            f"You will build exactly {roads}, each of length 1, each between any two villages of your "
            "choice (the two ends may be the same village, and a new road may connect two villages "
            "that already have a road between them). Then a patrol starts at village 0, travels along "
            "roads, and returns to village 0; it must travel every old road at least once and every "
            "new road exactly once. Choosing the new roads as well as possible, what is the smallest "
            "possible total length of the patrol? Output a single integer (for example: 15)."
        )
