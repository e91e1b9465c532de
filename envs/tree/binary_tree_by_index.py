"""The binary tree with a given index in the standard enumeration of binary trees.

Non-empty binary trees (nodes unlabelled, left and right children distinguished) are numbered
1, 2, 3, ...: trees with fewer nodes come first; among trees with the same number of nodes, the
one whose left subtree has the smaller number comes first, and for equal left subtrees the one
whose right subtree has the smaller number (an empty subtree counts as number 0, before all).
The solver writes the tree with number K in bracket form: a node is ``(L)X(R)``, where L and R
are the written subtrees and a pair of brackets is left out when that subtree is empty.

Difficulty schedule (tree sizes; the size is uniform in [min, max], then K uniform among the
trees of that size, so K grows like Catalan numbers while the answer grows linearly):

    d            0    1    2    3    5    10    20    d
    min nodes    8    8    9    9   10    13    18    8 + d // 2
    max nodes    8    9   10   11   13    18    28    8 + d

Level 0 starts at 8 nodes: there are only 2, 5, 14, 42, 132 and 429 trees of 2..7 nodes, so
smaller sizes would make a level a handful of memorisable problems with guessable answers; with
1430 trees of 8 nodes no tree is the answer to more than a few percent of a level.

Reference solver: with C(m) the Catalan numbers (trees of m nodes), skip whole sizes, then whole
blocks of left-subtree sizes (C(l) * C(m - 1 - l) trees each), then split the offset inside the
block into the left subtree's rank (offset // C(r)) and the right one's (offset % C(r)).
"""

from __future__ import annotations

from math import comb

from rlve_gym import Environment
from rlve_gym.answers import ParseError, parse_word


def catalan(m: int) -> int:
    """Number of binary trees with ``m`` nodes."""
    return comb(2 * m, m) // (m + 1)


def first_index_of_size(m: int) -> int:
    """Number of the first tree with ``m >= 1`` nodes."""
    return 1 + sum(catalan(s) for s in range(1, m))


def tree_text(size: int, rank: int) -> str:
    """Bracket form of the tree with ``size`` nodes and 0-based ``rank`` among trees of that size."""
    if size == 0:
        return ""
    for left in range(size):
        right = size - 1 - left
        block = catalan(left) * catalan(right)
        if rank < block:
            left_text = tree_text(left, rank // catalan(right))
            right_text = tree_text(right, rank % catalan(right))
            return (
                (f"({left_text})" if left_text else "")
                + "X"
                + (f"({right_text})" if right_text else "")
            )
        rank -= block
    raise ValueError("rank out of range")


def tree_with_index(index: int) -> str:
    size = 1
    while index >= first_index_of_size(size + 1):
        size += 1
    return tree_text(size, index - first_index_of_size(size))


class BinaryTreeByIndex(Environment):
    description = (
        "Bracket form of the binary tree with a given number in the size-then-subtree order"
    )
    answer_kind = "string"
    answer_example = "(X)X(X)"
    catalog_name = "Kth_BinaryTree"

    def schedule(self, difficulty):
        return {"min_nodes": 8 + difficulty // 2, "max_nodes": 8 + difficulty}

    def generate_instance(self, rng, sizes):
        size = rng.randint(sizes["min_nodes"], sizes["max_nodes"])
        return {"index": first_index_of_size(size) + rng.randrange(catalan(size))}

    def solve(self, instance):
        return tree_with_index(instance["index"])

    def render(self, instance):
        return (
            "Binary trees here are non-empty, their nodes are unlabelled, and a left child is "
            "different from a right child. They are numbered 1, 2, 3, ... as follows: a tree with "
            "fewer nodes comes before a tree with more nodes; among trees with the same number of "
            "nodes, compare first the numbers of their left subtrees, then the numbers of their right "
            "subtrees (an empty subtree counts as number 0, smaller than any tree). So tree 1 is a "
            "single node, trees 2 and 3 are the two trees with two nodes (tree 2 has its second node "
            "as a right child), and trees 4 to 8 have three nodes.\n\n"
            "Write a tree in bracket form: a node is written (L)X(R), where L and R are the bracket "
            "forms of its left and right subtrees, and a pair of brackets is omitted when that "
            "subtree is empty. For example, a single node is X, tree 2 is X(X), tree 3 is (X)X, and a "
            "root with two leaf children is (X)X(X).\n\n"
            f"Output the bracket form of tree number {instance['index']}."
        )

    def parse(self, text, instance):
        body = "".join(text.split()).upper()
        if not body:
            raise ParseError("empty answer; expected a bracket form such as (X)X(X)")
        return parse_word(body, "()X", max_len=4 * len(self.solve(instance)) + 8)
