"""Most vertices of a tree that K paths can cover together.

A path here is the set of vertices on the tree path between two chosen vertices (possibly the
same vertex). The solver chooses K paths and the answer is the largest possible number of
distinct vertices lying on at least one of them.

Difficulty schedule (tree size; K is uniform in [1, (leaves - 1) // 2], so 2K ends cannot reach
every leaf and the answer is always below n; paths, with only two leaves, are redrawn):

    d           0    1    2    3    5    10    20    d
    vertices   10   13   16   19   25    40    70    10 + 3d

Small random trees are often long paths with one short branch, where the answer is n - 1 (83% of
the instances at n = 6): draws with that answer are redrawn a bounded number of times, keeping
the first one if all of them have it, and the smallest tree has 10 vertices so that the answers
spread out (at n = 10 no answer takes more than about 45% of the instances).

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
        return {"vertices": 10 + 3 * difficulty}

    def generate_instance(self, rng, sizes):
        n = sizes["vertices"]
        fallback = None
        for _ in range(REDRAWS):
            edges = random_tree_edges(rng, n)
            leaves = count_leaves(n, edges)
            if leaves < 3:
                continue
            paths = rng.randint(1, (leaves - 1) // 2)
            if max_cover(n, edges, paths) < n - 1:  # n - 1 would be a good blind guess
                return {"n": n, "edges": edges, "paths": paths}
            fallback = fallback or {"n": n, "edges": edges, "paths": paths}
        if fallback is None:
            edges = random_tree_with_hub(rng, n, 3)  # three branches: at least three leaves
            fallback = {"n": n, "edges": edges, "paths": 1}
        return fallback

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
