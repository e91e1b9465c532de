"""BinaryTreeExpectedLeaves: expected leaf count of a uniformly random N-node binary tree.

Binary trees here are shapes: every node has a left and a right slot, each empty or holding a
child, and left differs from right, so there are Catalan(N) trees with N nodes. One is drawn
uniformly; the solver gives the expected number of leaves as a reduced fraction. The trees
with N nodes have N * Catalan(N - 1) leaves in total, so the expectation is
N (N + 1) / (2 (2N - 1)) (the tests check this against listing every tree): a non-integer for
every N >= 3, which is where N starts, so no small integer guess is ever right.

Difficulty schedule (N drawn uniformly from [min_nodes, max_nodes]):

    d            0   1   2   3  ...  10  ...  20   ...  d
    min_nodes    3   4   5   6  ...  13  ...  23   ...  3 + d
    max_nodes    8  13  20  27  ...  108 ... 308   ...  8 + 4d + d^2 / 2 (rounded down)

Small N can be solved by listing the trees; larger N needs the counting argument or a
recurrence, so the range moves up with d (polynomially; the fraction has a few digits).
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


class BinaryTreeExpectedLeaves(Environment):
    description = "Expected number of leaves of a uniformly random binary tree with N nodes, as p/q"
    answer_kind = "rational"
    answer_example = "7/3"
    catalog_name = "BinaryTreeLeafNumExpectation"

    def schedule(self, difficulty):
        return {
            "min_nodes": 3 + difficulty,
            "max_nodes": 8 + 4 * difficulty + difficulty * difficulty // 2,
        }

    def generate_instance(self, rng, sizes):
        return {"nodes": rng.randint(sizes["min_nodes"], sizes["max_nodes"])}

    def solve(self, instance):
        return expected_leaves(instance["nodes"])

    def format_answer(self, answer):
        return f"{answer.numerator}/{answer.denominator}"

    def render(self, instance):
        n = instance["nodes"]
        return (
            "A binary tree is either empty or a root node with a left subtree and a right subtree, "
            "each of which is a binary tree. Trees are compared by shape only: two trees are the "
            "same exactly when their roots' left subtrees are the same and their right subtrees are "
            "the same (so a root with only a left child differs from a root with only a right "
            "child). A leaf is a node whose left and right subtrees are both empty.\n"
            "For example, there are 2 different binary trees with 2 nodes, each with 1 leaf, so "
            "the expected number of leaves of a uniformly random 2-node tree is 1.\n\n"
            f"One binary tree with exactly {n} nodes is chosen uniformly at random from all "
            f"different binary trees with {n} nodes. What is the expected number of leaves?\n"
            "Answer with a fraction p/q in lowest terms (q > 0)."
        )

    def parse(self, text, instance):
        # parse_fraction drops spaces, which would read the mixed number "1 20/29" as 120/29
        if _DIGITS_APART.search(text):
            raise ParseError("digits separated by spaces; write one fraction p/q")
        return parse_fraction(text, max_digits=40)

    def near_misses(self, problem):
        n = problem.instance["nodes"]
        return [self.format_answer(expected_leaves(m)) for m in (n - 1, n + 1)] + [
            self.format_answer(Fraction(n + 1, 2)),  # the leaf count of a perfectly balanced guess
            str(round(expected_leaves(n))),
        ]
