"""Shorten edges of a rooted tree, as little as possible in total, so that every leaf is equally far from the root.

The tree is rooted at vertex 0 and its edges have positive integer lengths. Each edge may be
shortened by a whole amount (down to length 0, never lengthened). The answer is the smallest
total amount of shortening after which all root-to-leaf path lengths are equal.

Difficulty schedule (tree size, largest edge length):

    d            0    1    2    3    5    10    20    d
    vertices     8   11   14   17   23    38    68    8 + 3d
    max length  30   35   40   45   55    80   130    30 + 5d

Lengths range widely so that the answer (a sum of many length differences) spreads over many
values from the first level on: no single number is right on more than a few percent of a level.

Reference solver, linear: let H(v) be the smallest leaf depth below v. The common depth is best
left at H(root) (shortening every path by one more unit costs at least one unit), and a child c
of a vertex with target t gets target min(H(c), t), the rest of the gap being taken from the edge
above c, which serves all leaves below it at once. Answers 0 and 1 (guessable) are avoided by a
bounded number of redraws and then a tree whose root has a leaf child at length 1 next to a
child edge of length at least 3.
"""

from __future__ import annotations

from rlve_gym import Environment
from rlve_gym.trees import (
    children_lists,
    random_recursive_parents,
    relabel_parents,
    root_weighted_tree,
    tree_statement,
)

REDRAWS = 10


def least_shortening(n: int, edges: list[list[int]]) -> int:
    """Smallest total shortening that equalises all root-to-leaf lengths (root 0)."""
    order, parent, length = root_weighted_tree(n, edges, 0)
    children = children_lists(parent)
    shallowest = [0] * n  # smallest leaf depth below each vertex
    for v in reversed(order):
        if children[v]:
            shallowest[v] = min(shallowest[c] + length[c] for c in children[v])
    target = [0] * n
    target[0] = shallowest[0]
    total = 0
    for v in order[1:]:
        target[v] = min(shallowest[v], target[parent[v]])
        total += length[v] - (target[parent[v]] - target[v])
    return total


def _random_rooted_lengths(rng, n: int, top: int) -> tuple[list[int], list[int]]:
    """A random tree rooted at 0 (parent array) and a length in [1, top] above each vertex."""
    parent, _ = relabel_parents(rng, random_recursive_parents(rng, n), keep_root=True)
    return parent, [rng.randint(1, top) for _ in range(n)]


def _rooted_edges(parent: list[int], lengths: list[int]) -> list[list[int]]:
    return [[min(p, v), max(p, v), lengths[v]] for v, p in enumerate(parent) if p >= 0]


class TreeEqualizeLeafDepths(Environment):
    description = (
        "Least total edge shortening making every root-to-leaf path of a tree equally long"
    )
    answer_kind = "single_int"
    answer_example = "1"  # never right: answers 0 and 1 are avoided by generation
    catalog_name = "FireworkShow"

    def schedule(self, difficulty):
        return {"vertices": 8 + 3 * difficulty, "max_length": 30 + 5 * difficulty}

    def generate_instance(self, rng, sizes):
        n, top = sizes["vertices"], sizes["max_length"]
        for _ in range(REDRAWS):
            parent, lengths = _random_rooted_lengths(rng, n, top)
            edges = _rooted_edges(parent, lengths)
            if least_shortening(n, edges) >= 2:
                rng.shuffle(edges)
                return {"n": n, "edges": edges}
        parent, lengths = _random_rooted_lengths(rng, n, top)
        # vertex 1: a leaf at length 1 under the root; vertex 2: under the root at length >= 3
        parent = [p if p != 1 else 0 for p in parent]
        parent[0], parent[1], parent[2] = -1, 0, 0
        lengths[1], lengths[2] = 1, max(lengths[2], 3)
        edges = _rooted_edges(parent, lengths)
        rng.shuffle(edges)
        return {"n": n, "edges": edges}

    def solve(self, instance):
        return least_shortening(instance["n"], instance["edges"])

    def render(self, instance):
        n = instance["n"]
        return (
            f"{tree_statement(n, instance['edges'], weight='length', rooted=True)}\n\n"
            "A leaf is a vertex other than the root that has no children. You may shorten any edge "
            "by a non-negative whole number, as long as its length stays at least 0 (edges cannot be "
            "lengthened). The goal is that all paths from the root to a leaf have the same total "
            "length. What is the smallest possible total amount of shortening over all edges? Output "
            "a single integer (for example: 1)."
        )
