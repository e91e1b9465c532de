"""Orient every edge of a tree so that as many ordered vertex pairs as possible are connected.

After orienting each edge one way, count the ordered pairs (u, v) of distinct vertices such that v
can be reached from u along edges in their direction. The answer is the largest possible count,
a single integer.

Difficulty schedule (tree size drawn uniformly from [min_vertices, max_vertices]):

    d              0    1    2    3    5    10    20    d
    min_vertices  10   13   16   19   25    40    70    10 + 3d
    max_vertices  20   24   28   32   40    60   100    20 + 4d

The size varies within a level and starts at 10: with one fixed small size, the answer (a single
number, concentrated around the balanced cross term) repeated on up to half the seeds of a level.

Reference solver: some optimal orientation has a centroid c as a hub: each branch at c is oriented
entirely towards c or entirely away from it. Every vertex then reaches (or is reached from) all
its ancestors towards c, giving the sum of depths, and every vertex of an inward branch reaches
every vertex of an outward branch, giving S * (n - 1 - S) where S is the total size of the inward
branches. The best S is a subset sum of the branch sizes, found with a bitset.
"""

from __future__ import annotations

from rlve_gym import Environment
from rlve_gym.graphs import adjacency
from rlve_gym.trees import (
    bfs_order,
    distances_from,
    random_tree_edges,
    subtree_sizes,
    tree_statement,
)


def centroid(adj: list[list[int]]) -> int:
    """A vertex whose removal leaves no component with more than half the vertices."""
    n = len(adj)
    order, parent = bfs_order(adj, 0)
    size = subtree_sizes(order, parent)
    for v in order:
        biggest = max([n - size[v]] + [size[c] for c in adj[v] if parent[c] == v])
        if 2 * biggest <= n:
            return v
    raise ValueError("every tree has a centroid")  # unreachable


def max_reachable_pairs(n: int, edges: list[list[int]]) -> int:
    adj = adjacency(n, edges)
    hub = centroid(adj)
    order, parent = bfs_order(adj, hub)
    size = subtree_sizes(order, parent)
    within = sum(d for d in distances_from(adj, hub))
    reachable_sums = 1  # bit s set: some set of branches has total size s
    for branch in adj[hub]:
        reachable_sums |= reachable_sums << size[branch]
    best_cross = max(s * (n - 1 - s) for s in range(n) if reachable_sums >> s & 1)
    return within + best_cross


class TreeOrientationReachablePairs(Environment):
    description = "Largest number of reachable ordered pairs after orienting every tree edge"
    answer_kind = "single_int"
    answer_example = "12"
    catalog_name = "POLPolarization"

    def schedule(self, difficulty):
        return {"min_vertices": 10 + 3 * difficulty, "max_vertices": 20 + 4 * difficulty}

    def generate_instance(self, rng, sizes):
        n = rng.randint(sizes["min_vertices"], sizes["max_vertices"])
        return {"n": n, "edges": random_tree_edges(rng, n)}

    def solve(self, instance):
        return max_reachable_pairs(instance["n"], instance["edges"])

    def render(self, instance):
        n = instance["n"]
        return (
            f"{tree_statement(n, instance['edges'])}\n\n"
            "Give every edge a direction (u -> v or v -> u). Afterwards, an ordered pair (a, b) of "
            "distinct vertices is connected if b can be reached from a by following edges in their "
            "directions. Choose the directions so that the number of connected ordered pairs is as "
            "large as possible, and output that largest number as a single integer (for example: 12)."
        )
