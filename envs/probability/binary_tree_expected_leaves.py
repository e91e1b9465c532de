"""BinaryTreeExpectedLeaves: expected count of leaves (or one-child, or two-child nodes) of a
uniformly random N-node binary tree.

Binary trees here are shapes: every node has a left and a right slot, each empty or holding a
child, and left differs from right, so there are Catalan(N) trees with N nodes. One is drawn
uniformly; the solver gives the expected number of nodes of the asked kind as a reduced
fraction. The trees with N nodes have N * Catalan(N - 1) leaves in total, so the expected leaf
count is L = N (N + 1) / (2 (2N - 1)) (the tests check this against listing every tree). Every
tree has one two-child node fewer than leaves, and its N - 1 edges give one-child + 2 * two-child
= N - 1, so the expected two-child count is L - 1 and the one-child count (N + 1)(N - 1)/(2N - 1).
All three are non-integers for every N >= 3, so no small integer guess is ever right.

Difficulty schedule (N drawn uniformly from [min_nodes, max_nodes], the kind of node uniformly
from the three):

    d            0    1    2    3  ...   10  ...   20  ...  d
    min_nodes    3    4    5    6  ...   13  ...   23  ...  3 + d
    max_nodes  200  211  224  239  ...  400  ...  800  ...  200 + 10d + d^2

The instance is one number and a kind, so even level 0 draws N from a wide range: a level of a
handful of trees would be memorised (and a small N can be solved by listing the trees, which a
large one cannot). Larger N only makes the fraction longer; the counting argument or a
recurrence is needed at every level.
"""

from __future__ import annotations

import re
from fractions import Fraction

from rlve_gym import Environment
from rlve_gym.answers import ParseError, parse_fraction

_DIGITS_APART = re.compile(r"\d\s+\d")


def expected_leaves(nodes: int) -> Fraction:
    """N (N + 1) / (2 (2N - 1)) for N >= 1 (total leaves N * Catalan(N - 1) over Catalan(N) trees)."""
    return Fraction(nodes * (nodes + 1), 2 * (2 * nodes - 1))


#: the kinds of node asked about, by their number of children, and how the prompt names them
NODE_KINDS = {0: "leaves", 1: "nodes with exactly one child", 2: "nodes with two children"}


def expected_count(nodes: int, children: int) -> Fraction:
    """Expected number of nodes with ``children`` children in a random ``nodes``-node tree."""
    leaves = expected_leaves(nodes)
    if children == 0:
        return leaves
    if children == 2:
        return leaves - 1
    return nodes + 1 - 2 * leaves


class BinaryTreeExpectedLeaves(Environment):
    description = (
        "Expected number of leaves (or one-child, or two-child nodes) of a uniformly random "
        "binary tree with N nodes, as p/q"
    )
    answer_kind = "rational"
    answer_example = "7/3"
    catalog_name = "BinaryTreeLeafNumExpectation"

    def schedule(self, difficulty):
        return {
            "min_nodes": 3 + difficulty,
            "max_nodes": 200 + 10 * difficulty + difficulty * difficulty,
        }

    def generate_instance(self, rng, sizes):
        nodes = rng.randint(sizes["min_nodes"], sizes["max_nodes"])
        return {"nodes": nodes, "children": rng.choice(sorted(NODE_KINDS))}

    def solve(self, instance):
        return expected_count(instance["nodes"], instance["children"])

    def format_answer(self, answer):
        return f"{answer.numerator}/{answer.denominator}"

    def render(self, instance):
        n = instance["nodes"]
        kind = NODE_KINDS[instance["children"]]
        return (
            "A binary tree is either empty or a root node with a left subtree and a right subtree, "
            "each of which is a binary tree. Trees are compared by shape only: two trees are the "
            "same exactly when their roots' left subtrees are the same and their right subtrees are "
            "the same (so a root with only a left child differs from a root with only a right "
            "child). A leaf is a node whose left and right subtrees are both empty; a node has "
            "one child when exactly one of its subtrees is non-empty, and two children when "
            "both are.\n"
            "For example, there are 2 different binary trees with 2 nodes, each with 1 leaf, 1 "
            "node with exactly one child and no node with two children, so the expected number "
            "of leaves of a uniformly random 2-node tree is 1.\n\n"
            f"One binary tree with exactly {n} nodes is chosen uniformly at random from all "
            f"different binary trees with {n} nodes. What is the expected number of {kind}?\n"
            "Answer with a fraction p/q in lowest terms (q > 0)."
        )

    def parse(self, text, instance):
        # parse_fraction drops spaces, which would read the mixed number "1 20/29" as 120/29
        if _DIGITS_APART.search(text):
            raise ParseError("digits separated by spaces; write one fraction p/q")
        return parse_fraction(text, max_digits=40)

    def near_misses(self, problem):
        n, children = problem.instance["nodes"], problem.instance["children"]
        other_kinds = [expected_count(n, c) for c in NODE_KINDS if c != children]
        return [self.format_answer(expected_count(m, children)) for m in (n - 1, n + 1)] + [
            *(self.format_answer(value) for value in other_kinds),
            self.format_answer(Fraction(n + 1, 2)),  # the leaf count of a perfectly balanced guess
            str(round(expected_count(n, children))),
        ]
