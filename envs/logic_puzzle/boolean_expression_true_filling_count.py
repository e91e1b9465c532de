"""BooleanExpressionTrueFillingCount: count the ways to fill the blanks of an AND/OR/XOR
expression with 0s and 1s so that it evaluates to 1.

The expression is a fully parenthesised formula whose N leaves are blanks ``_``; every blank is
filled independently with 0 or 1, so there are 2^N fillings, and the answer is how many of them
make the expression 1. Because every blank occurs once, the subexpressions of an operator share
no blanks and the count follows bottom-up from (true, false) pair counts: AND multiplies the
true counts, OR multiplies the false counts, XOR mixes them - linear in the formula's size, with
exact big integers. Scores are binary (the exact count is required).

Operators are drawn with weights AND 0.4, OR 0.4, XOR 0.2: an XOR with a balanced side makes
the whole count exactly 2^(N-1), and with equal weights that value would be the answer a fifth of
the time. Expressions whose count is 2^(N-1) are redrawn (up to 50 times; one with a different
count is then nearly certain), as are those whose count is the prompt's example 5.

Difficulty schedule:

    d        0   1   2   3  ...  10  ...  20  ...  d
    blanks  10  12  14  16  ...  30  ...  50  ...  10 + 2d

Level 0 has 10 blanks: with fewer, a handful of counts (the powers of two above all) cover too
many instances. Longer formulas mean longer hand calculations with larger numbers.
"""

from __future__ import annotations

from rlve_gym import Environment
from rlve_gym.answers import parse_int
from rlve_gym.envs.logic_puzzle._boolean_expressions import random_tree, render

FIRST_BLANKS = 10
#: operator weights (AND, OR, XOR)
WEIGHTS = (0.4, 0.4, 0.2)
REDRAWS = 50
EXAMPLE = 5


def true_false_counts(tree) -> tuple[int, int]:
    """(fillings making ``tree`` 1, fillings making it 0) for a tree whose leaves are distinct
    blanks."""
    if isinstance(tree, int):
        return 1, 1
    op, left, right = tree
    lt, lf = true_false_counts(left)
    rt, rf = true_false_counts(right)
    total = (lt + lf) * (rt + rf)
    if op == "&":
        true = lt * rt
    elif op == "|":
        true = total - lf * rf
    else:
        true = lt * rf + lf * rt
    return true, total - true


class BooleanExpressionTrueFillingCount(Environment):
    description = "Number of 0/1 fillings of the blanks that make an AND/OR/XOR expression equal 1"
    answer_kind = "single_int"
    answer_example = str(EXAMPLE)
    catalog_name = "BitEquationCounting"

    def schedule(self, difficulty):
        return {"blanks": FIRST_BLANKS + 2 * difficulty}

    def generate_instance(self, rng, sizes):
        n = sizes["blanks"]
        for _ in range(REDRAWS):
            tree = random_tree(rng, n, lambda: 0, WEIGHTS)
            if true_false_counts(tree)[0] not in (1 << (n - 1), EXAMPLE):
                break
        return {"blanks": n, "expression": tree}

    def solve(self, instance):
        return true_false_counts(instance["expression"])[0]

    def render(self, instance):
        n = instance["blanks"]
        return (
            "Consider the expression\n\n"
            f"{render(instance['expression'], lambda _: '_')}\n\n"
            f"where each of the {n} blanks _ is to be filled with 0 or 1, independently of the "
            "others, and & is AND (1 exactly when both sides are 1), | is OR (1 when at least "
            "one side is 1) and ^ is XOR (1 exactly when the two sides differ). Of the "
            f"2^{n} ways to fill the blanks, how many make the whole expression equal to 1?\n"
            "Answer with that number as a decimal integer (for example 5)."
        )

    def parse(self, text, instance):
        return parse_int(text, max_digits=len(str(1 << instance["blanks"])) + 1)
