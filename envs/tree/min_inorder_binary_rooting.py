"""Root an unrooted tree of maximum degree 3 as a binary tree with the smallest in-order sequence.

The vertices carry the distinct labels 1..N. The solver picks a root (of degree at most 2), which
makes every other vertex have at most two children, and decides for every child whether it is a
left or a right child (two children: one of each). Among all such binary trees the answer is the
lexicographically smallest in-order traversal (left subtree, vertex, right subtree).

Difficulty schedule (number of vertices):

    d           0    1    2    3    5    10    20    d
    vertices    5    8   11   14   20    35    65    5 + 3d

Reference solver, ``O(N^2)``: for a fixed root, the smallest in-order of a subtree is built from
the smallest in-orders of its children, since each child's sequence is a block of fixed length at
a fixed place; which block goes first is decided by the blocks' first labels (one child: whether
the child's first label or the vertex itself is smaller). Every admissible root is tried. Trees
whose answer is simply 1 2 ... N (a quarter of them at N = 5) are redrawn up to 8 times.
"""

from __future__ import annotations

from rlve_gym import Environment
from rlve_gym.graphs import adjacency, format_edges, parse_vertex_list
from rlve_gym.trees import bfs_order, random_degree_bounded_tree

MAX_DEGREE = 3
REDRAWS = 8


def smallest_inorder(n: int, edges: list[list[int]]) -> list[int]:
    """Smallest in-order over all admissible roots and child sides (labels 1..n)."""
    adj = adjacency(n + 1, edges)
    best: list[int] | None = None
    for root in range(1, n + 1):
        if len(adj[root]) > 2:
            continue
        order, parent = bfs_order(adj, root)
        sequence: dict[int, list[int]] = {}
        for v in reversed(order):
            kids = sorted((sequence.pop(c) for c in adj[v] if c != parent[v]), key=lambda s: s[0])
            if not kids:
                sequence[v] = [v]
            elif len(kids) == 1:
                sequence[v] = kids[0] + [v] if kids[0][0] < v else [v] + kids[0]
            else:
                sequence[v] = kids[0] + [v] + kids[1]
        if best is None or sequence[root] < best:
            best = sequence[root]
    if best is None:
        raise ValueError("a tree of maximum degree 3 always has a vertex of degree at most 2")
    return best


class MinInorderBinaryRooting(Environment):
    description = "Root and orient a max-degree-3 tree as a binary tree with the smallest in-order"
    answer_kind = "int_list"
    answer_example = "2 1 3"
    catalog_name = "MinInorderBinaryTree"

    def schedule(self, difficulty):
        return {"vertices": 5 + 3 * difficulty}

    def generate_instance(self, rng, sizes):
        n = sizes["vertices"]
        for _ in range(REDRAWS):  # an answer of 1 2 ... n would be guessable: redraw (bounded)
            edges = [[u + 1, v + 1] for u, v in random_degree_bounded_tree(rng, n, MAX_DEGREE)]
            if smallest_inorder(n, edges) != list(range(1, n + 1)):
                break
        return {"n": n, "edges": edges}

    def solve(self, instance):
        return smallest_inorder(instance["n"], instance["edges"])

    def render(self, instance):
        n = instance["n"]
        return (
            f"You are given a tree with {n} vertices labelled 1 to {n}; every vertex has at most 3 "
            f'neighbours. Its {n - 1} edges are listed below, one per line; a line "u v" means '
            f"vertices u and v are joined.\n{format_edges(instance['edges'])}\n\n"
            "Turn it into a binary tree: choose a root with at most 2 neighbours (then every vertex "
            "has at most 2 children), and make each child either the left or the right child of its "
            "parent, at most one of each. Among all binary trees obtainable this way, find the one "
            "whose in-order traversal (left subtree, then the vertex, then the right subtree) is "
            "lexicographically smallest, and output that traversal: all labels separated by spaces. "
            "For example, for the path 1 - 2 - 3, rooting at 2 with left child 1 and right child 3 "
            "gives 1 2 3."
        )

    def parse(self, text, instance):
        return parse_vertex_list(text, max_items=instance["n"] + 1)
