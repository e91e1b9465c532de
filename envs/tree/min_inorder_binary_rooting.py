"""Root an unrooted tree of maximum degree 3 as a binary tree with the smallest in-order sequence.

The vertices carry the distinct labels 1..N. The solver picks a root (of degree at most 2), which
makes every other vertex have at most two children, and decides for every child whether it is a
left or a right child (two children: one of each). Among all such binary trees the answer is the
lexicographically smallest in-order traversal (left subtree, vertex, right subtree).

Difficulty schedule (number of vertices):

    d           0    1    2    3    5    10    20    d
    vertices    8   11   14   17   23    38    68    8 + 3d

Level 0 has 8 vertices: with 5 a few small shapes make one in-order right on a fifth of a level.

Reference solver, ``O(N^2)``, compiled with Numba: for a fixed root, the smallest in-order of a
subtree is built from the smallest in-orders of its children, since each child's sequence is a block
of fixed length at a fixed place; which block goes first is decided by the blocks' first labels (one
child: whether the child's first label or the vertex itself is smaller). So one bottom-up pass over
first labels fixes every side and one in-order walk writes the sequence, with no lists merged.
Every admissible root is tried. Trees whose answer is simply 1 2 ... N (a quarter of them at N = 5)
are redrawn up to 8 times.
"""

from __future__ import annotations

import numpy as np
from numba import njit

from rlve_gym import Environment
from rlve_gym.graphs import format_edges, parse_vertex_list
from rlve_gym.trees import random_degree_bounded_tree

MAX_DEGREE = 3
REDRAWS = 8


@njit(cache=True)
def _smallest_inorder_kernel(n, indptr, targets):
    """Try every admissible root; labels 1..n (row 0 of the CSR arrays is empty). Per root only
    the first label of each subtree's best in-order matters for the side choices, so one bottom-up
    pass fixes every vertex's left and right child and one in-order walk writes the sequence."""
    best = np.full(n, n + 1, dtype=np.int64)
    seq = np.empty(n, dtype=np.int64)
    order = np.empty(n, dtype=np.int64)
    parent = np.zeros(n + 1, dtype=np.int64)
    first = np.zeros(n + 1, dtype=np.int64)
    left = np.zeros(n + 1, dtype=np.int64)
    right = np.zeros(n + 1, dtype=np.int64)
    stack = np.empty(n, dtype=np.int64)
    found = False
    for root in range(1, n + 1):
        if indptr[root + 1] - indptr[root] > 2:
            continue
        found = True
        parent[root] = 0
        order[0] = root
        tail = 1
        for head in range(n):
            u = order[head]
            for k in range(indptr[u], indptr[u + 1]):
                v = targets[k]
                if v != parent[u]:
                    parent[v] = u
                    order[tail] = v
                    tail += 1
        for i in range(n - 1, -1, -1):
            v = order[i]
            a = 0
            b = 0
            for k in range(indptr[v], indptr[v + 1]):
                c = targets[k]
                if c != parent[v]:
                    if a == 0:
                        a = c
                    else:
                        b = c
            left[v] = 0
            right[v] = 0
            if a == 0:
                first[v] = v
            elif b == 0:
                if first[a] < v:
                    left[v] = a
                    first[v] = first[a]
                else:
                    right[v] = a
                    first[v] = v
            else:
                if first[b] < first[a]:
                    a, b = b, a
                left[v] = a
                right[v] = b
                first[v] = first[a]
        # in-order walk with an explicit stack
        top = 0
        count = 0
        u = root
        while u != 0 or top > 0:
            while u != 0:
                stack[top] = u
                top += 1
                u = left[u]
            top -= 1
            u = stack[top]
            seq[count] = u
            count += 1
            u = right[u]
        smaller = False
        for i in range(n):
            if seq[i] != best[i]:
                smaller = seq[i] < best[i]
                break
        if smaller:
            best[:] = seq
    return best, found


def smallest_inorder(n: int, edges: list[list[int]]) -> list[int]:
    """Smallest in-order over all admissible roots and child sides (labels 1..n)."""
    heads = np.zeros(n + 2, dtype=np.int64)
    for u, v in edges:
        heads[u + 1] += 1
        heads[v + 1] += 1
    indptr = np.cumsum(heads)[: n + 2]
    indptr[0] = 0
    fill = indptr[:-1].copy()
    targets = np.empty(2 * len(edges), dtype=np.int64)
    for u, v in edges:
        targets[fill[u]] = v
        fill[u] += 1
        targets[fill[v]] = u
        fill[v] += 1
    best, found = _smallest_inorder_kernel(n, indptr, targets)
    if not found:
        raise ValueError("a tree of maximum degree 3 always has a vertex of degree at most 2")
    return best.tolist()


class MinInorderBinaryRooting(Environment):
    description = "Root and orient a max-degree-3 tree as a binary tree with the smallest in-order"
    answer_kind = "int_list"
    answer_example = "2 1 3"
    catalog_name = "MinInorderBinaryTree"

    def schedule(self, difficulty):
        return {"vertices": 8 + 3 * difficulty}

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
