"""Largest total vertex weight of a tree that K paths can cover together.

A path here is the set of vertices on the tree path between two chosen vertices (possibly the
same vertex). Every vertex carries a positive weight. The solver chooses K paths and the answer
is the largest possible total weight of the distinct vertices lying on at least one of them.
(Weights make the answer spread: counting vertices, the answer was n - 1 or n - 2 on a large
share of the instances of a level.)

Difficulty schedule (tree size, largest vertex weight; K is uniform in [1, (leaves - 1) // 2],
so 2K ends cannot reach every leaf and the answer is always below the total weight; trees with
fewer than three leaves are redrawn):

    d            0    1    2    3    5    10    20    d
    vertices    10   13   16   19   25    40    70    10 + 3d
    max weight  50   55   60   65   75   100   150    50 + 5d

Reference solver: the union of K paths lies in the subtree spanned by their 2K ends, and a
subtree with at most 2K leaves is covered by K paths; with positive weights the best subtree has
tree leaves as its leaves. So the answer is the heaviest subtree spanned by 2K tree leaves: for
each leaf r as root, the best is r's chain plus the 2K - 2 heaviest other chains of the heavy-path
decomposition by weighted height (each vertex continues the chain of its heaviest child), since that chain
already ends at a second leaf; the answer is the best over all leaves, ``O(leaves * n log n)``.
"""

from __future__ import annotations

from rlve_gym import Environment
from rlve_gym.graphs import adjacency
from rlve_gym.trees import bfs_order, random_tree_edges, random_tree_with_hub, tree_statement

REDRAWS = 10


def count_leaves(n: int, edges: list[list[int]]) -> int:
    return sum(1 for neighbours in adjacency(n, edges) if len(neighbours) == 1)


def max_cover(n: int, edges: list[list[int]], paths: int, weights: list[int] | None = None) -> int:
    """Largest total weight (default: every vertex weighs 1) covered by ``paths`` paths."""
    weights = weights or [1] * n
    adj = adjacency(n, edges)
    if n <= 2:
        return sum(weights)
    best = 0
    for root in range(n):
        if len(adj[root]) != 1:
            continue
        order, parent = bfs_order(adj, root)
        height = list(weights)  # weight of the heaviest downward path from v
        heaviest_child = [-1] * n
        for v in reversed(order[1:]):
            p = parent[v]
            if height[v] + weights[p] > height[p]:
                height[p] = height[v] + weights[p]
                heaviest_child[p] = v
        chains = sorted(
            (height[v] for v in order[1:] if heaviest_child[parent[v]] != v), reverse=True
        )
        # the root's chain already ends at a second leaf: 2K - 2 more chains give 2K leaves
        best = max(best, height[root] + sum(chains[: 2 * paths - 2]))
    return best


class TreeKPathsMaxCover(Environment):
    description = "Largest number of tree vertices that K paths can cover together"
    answer_kind = "single_int"
    answer_example = "1"  # never right: a longest path holds at least two vertices
    catalog_name = "MaxTree_KPathCoverage"

    def schedule(self, difficulty):
        return {"vertices": 10 + 3 * difficulty, "max_weight": 50 + 5 * difficulty}

    def generate_instance(self, rng, sizes):
        n = sizes["vertices"]
        for _ in range(REDRAWS):
            edges = random_tree_edges(rng, n)
            if count_leaves(n, edges) >= 3:
                break
        else:
            edges = random_tree_with_hub(rng, n, 3)  # three branches: at least three leaves
        paths = rng.randint(1, (count_leaves(n, edges) - 1) // 2)
        weights = [rng.randint(1, sizes["max_weight"]) for _ in range(n)]
        return {"n": n, "edges": edges, "weights": weights, "paths": paths}

    def solve(self, instance):
        return max_cover(instance["n"], instance["edges"], instance["paths"], instance["weights"])

    def render(self, instance):
        n, k = instance["n"], instance["paths"]
        return (
            f"{tree_statement(n, instance['edges'])}\n\n"
            f"The weights of vertices 0, 1, ..., {n - 1}, in order, are:\n"
            f"{' '.join(map(str, instance['weights']))}\n\n"
            f"Choose {k} path{'s' if k > 1 else ''}; each path is given by two vertices a and b (a = b "
            "is allowed) and consists of all vertices on the tree path from a to b, ends included. "
            "Paths may share vertices. What is the largest possible total weight of the distinct "
            "vertices that lie on at least one chosen path? Output a single integer (for example: 1)."
        )
