"""Most vertices of a tree that K paths can cover together.

A path here is the set of vertices on the tree path between two chosen vertices (possibly the
same vertex). The solver chooses K paths and the answer is the largest possible number of
distinct vertices lying on at least one of them.

Difficulty schedule (tree size; K is uniform in [1, (leaves - 1) // 2], so 2K ends cannot reach
every leaf and the answer is always below n; paths, with only two leaves, are redrawn):

    d           0    1    2    3    5    10    20    d
    vertices    6    9   12   15   21    36    66    6 + 3d

Reference solver: the union of K paths lies in the subtree spanned by their 2K ends, and a
subtree with at most 2K leaves is covered by K paths, so the answer is the largest subtree spanned
by 2K leaves. Some optimal choice contains an end of a diameter; rooted there, the best subtree is
the root plus the 2K - 1 longest chains of the long-path decomposition (each vertex continues the
chain of its deepest child).
"""

from __future__ import annotations

from rlve_gym import Environment
from rlve_gym.graphs import adjacency
from rlve_gym.trees import (
    bfs_order,
    random_tree_edges,
    random_tree_with_hub,
    tree_diameter,
    tree_statement,
)

REDRAWS = 10


def count_leaves(n: int, edges: list[list[int]]) -> int:
    return sum(1 for neighbours in adjacency(n, edges) if len(neighbours) == 1)


def max_cover(n: int, edges: list[list[int]], paths: int) -> int:
    adj = adjacency(n, edges)
    if n == 1:
        return 1
    _, end, _ = tree_diameter(adj)
    order, parent = bfs_order(adj, end)
    height = [1] * n  # vertices on the longest downward path from v
    for v in reversed(order):
        p = parent[v]
        if p >= 0:
            height[p] = max(height[p], height[v] + 1)
    deepest_child = [-1] * n
    for v in order[1:]:
        p = parent[v]
        if deepest_child[p] < 0 or height[v] > height[deepest_child[p]]:
            deepest_child[p] = v
    chains = [height[end]] + [height[v] for v in order[1:] if deepest_child[parent[v]] != v]
    chains.sort(reverse=True)
    return sum(chains[: 2 * paths - 1])


class TreeKPathsMaxCover(Environment):
    description = "Largest number of tree vertices that K paths can cover together"
    answer_kind = "single_int"
    answer_example = "11"
    catalog_name = "MaxTree_KPathCoverage"

    def schedule(self, difficulty):
        return {"vertices": 6 + 3 * difficulty}

    def generate_instance(self, rng, sizes):
        n = sizes["vertices"]
        for _ in range(REDRAWS):
            edges = random_tree_edges(rng, n)
            if count_leaves(n, edges) >= 3:
                break
        else:
            edges = random_tree_with_hub(rng, n, 3)  # three branches: at least three leaves
        leaves = count_leaves(n, edges)
        return {"n": n, "edges": edges, "paths": rng.randint(1, (leaves - 1) // 2)}

    def solve(self, instance):
        return max_cover(instance["n"], instance["edges"], instance["paths"])

    def render(self, instance):
        n, k = instance["n"], instance["paths"]
        return (
            f"{tree_statement(n, instance['edges'])}\n\n"
            f"Choose {k} path{'s' if k > 1 else ''}; each path is given by two vertices a and b (a = b "
            "is allowed) and consists of all vertices on the tree path from a to b, ends included. "
            "Paths may share vertices. What is the largest possible number of distinct vertices that "
            f"lie on at least one chosen path? Output a single integer (for example: 11)."
        )
