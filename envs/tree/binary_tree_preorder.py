"""Pre-order traversal of a binary tree known only from its in-order and post-order traversals.

The nodes of a binary tree carry the distinct labels 1..N. Given the in-order and the post-order
sequences, which together determine the tree, the solver must output the pre-order sequence.

Difficulty schedule (number of nodes):

    d        0   1   2   3   5   10   20   d
    nodes    6   8  10  12  16   26   46   6 + 2d

Level 0 has 6 nodes: with 4 the few tree shapes make one pre-order right on several percent of
the level. Two more nodes per level: the reconstruction is linear, so what grows is the bookkeeping the
solver must keep straight. Shapes are random binary-search-tree shapes (balanced on average,
sometimes lopsided), so both single-child directions occur.
"""

from __future__ import annotations

from rlve_gym import Environment
from rlve_gym.graphs import parse_vertex_list
from rlve_gym.trees import binary_tree_orders, random_binary_tree


def preorder_from_inorder_postorder(inorder: list[int], postorder: list[int]) -> list[int]:
    """The pre-order of the unique binary tree with these in-order and post-order sequences."""
    position = {label: i for i, label in enumerate(inorder)}
    preorder = []
    # each task is a subtree: its in-order slice starts at in_lo and its post-order slice is
    # postorder[post_lo : post_lo + size]; the last entry of that slice is the subtree's root
    stack = [(0, 0, len(inorder))]
    while stack:
        in_lo, post_lo, size = stack.pop()
        if size == 0:
            continue
        root = postorder[post_lo + size - 1]
        preorder.append(root)
        left_size = position[root] - in_lo
        right_size = size - 1 - left_size
        stack.append((position[root] + 1, post_lo + left_size, right_size))  # right: done later
        stack.append((in_lo, post_lo, left_size))
    return preorder


class BinaryTreePreorderFromTraversals(Environment):
    description = "Pre-order of a binary tree given its in-order and post-order traversals"
    answer_kind = "int_list"
    answer_example = "2 1 3"
    catalog_name = "PreorderTraversal"

    def schedule(self, difficulty):
        return {"nodes": 6 + 2 * difficulty}

    def generate_instance(self, rng, sizes):
        left, right, root = random_binary_tree(rng, sizes["nodes"])
        orders = binary_tree_orders(left, right, root)
        return {
            "inorder": [v + 1 for v in orders["inorder"]],
            "postorder": [v + 1 for v in orders["postorder"]],
        }

    def solve(self, instance):
        return preorder_from_inorder_postorder(instance["inorder"], instance["postorder"])

    def render(self, instance):
        n = len(instance["inorder"])
        return (
            f"A binary tree has {n} nodes labelled with the distinct integers 1 to {n}. Every node has "
            "at most one left child and at most one right child.\n"
            "In-order traversal (left subtree, then the node, then the right subtree):\n"
            f"{' '.join(map(str, instance['inorder']))}\n"
            "Post-order traversal (left subtree, then the right subtree, then the node):\n"
            f"{' '.join(map(str, instance['postorder']))}\n\n"
            "These two sequences determine the tree. Output its pre-order traversal (the node, then "
            "its left subtree, then its right subtree): the labels separated by spaces. For example, "
            "the tree with root 2, left child 1 and right child 3 has pre-order 2 1 3."
        )

    def parse(self, text, instance):
        return parse_vertex_list(text, max_items=len(instance["inorder"]) + 1)
