"""BooleanExpressionSatisfyingAssignment: 0/1 values for the variables that make an AND/OR/XOR
expression evaluate to 1.

The expression is a fully parenthesised formula over variables x1..xn with the binary operators
AND (&), OR (|) and XOR (^); a variable may occur many times. It is planted: every subexpression
is drawn with a target value under a hidden assignment (an AND that must be 1 gets two children
that must be 1, an XOR that must be 1 gets one child of each value, a leaf is a variable with the
required hidden value), so the whole expression is 1 under the hidden assignment. Any assignment
that makes it 1 is correct; the checker evaluates the expression. Scores are binary.

A random formula over AND/OR/XOR is true for 30-50% of all assignments, so a guess would be
right far too often. The formula is therefore an AND of several random parts (4 + n // 3 of
them, the leaves spread over them at random) and is redrawn (up to 40 times, keeping the most
restrictive draw) until at most 2% of all assignments satisfy it - counted exactly over the whole
truth table, evaluated bit-parallel on 2^n-bit integers, for n <= 16 and estimated from 4,096
random assignments beyond. "All ones" is never a solution (and "all zeros" never is: without
negation, an expression of zeros is 0).

Difficulty schedule (three leaves per variable):

    d           0   1   2   3  ...  10  ...  20  ...  d
    variables  10  11  12  13  ...  20  ...  30  ...  10 + d
    leaves     30  33  36  39  ...  60  ...  90  ...  3 (10 + d)

Level 0 has 10 variables: with 6 the restrictive draws are rare (even an AND of six parts is true
for about 7% of the 64 assignments), and with 8 one fixed assignment still fitted 5% of the
instances. Satisfiability of such formulas is NP-hard in general; the
planted assignment is the reference, so generation stays linear in the formula's size.
"""

from __future__ import annotations

from rlve_gym import Verdict
from rlve_gym.envs.logic_puzzle._assignments import (
    SatisfyingAssignmentPuzzle,
    planted_assignment,
    values_answer_format,
)
from rlve_gym.envs.logic_puzzle._boolean_expressions import (
    OPERATORS,
    evaluate,
    render,
    truth_table_columns,
)

FIRST_VARIABLES = 10
LEAVES_PER_VARIABLE = 3
#: operator weights (AND, OR, XOR) inside the parts
PART_WEIGHTS = (0.3, 0.3, 0.4)
#: the largest share of all assignments a formula may satisfy
MAX_SATISFIED_SHARE = 0.02
REDRAWS = 40
#: up to this many variables the satisfied share is counted over the whole truth table
EXACT_VARIABLES = 16
SAMPLES = 4096

#: child values that give an operator's output value
_CHILD_VALUES = {
    ("&", 1): ((1, 1),),
    ("&", 0): ((0, 0), (0, 1), (1, 0)),
    ("|", 1): ((1, 1), (0, 1), (1, 0)),
    ("|", 0): ((0, 0),),
    ("^", 1): ((0, 1), (1, 0)),
    ("^", 0): ((0, 0), (1, 1)),
}


def planted_tree(rng, leaves: int, target: int, by_value: list[list[int]]):
    """A random tree with ``leaves`` leaves worth ``target`` under the hidden assignment;
    ``by_value[b]`` lists the variables whose hidden value is b (both non-empty)."""
    if leaves == 1:
        return rng.choice(by_value[target])
    left = rng.randint(1, leaves - 1)
    op = rng.choices(OPERATORS, weights=PART_WEIGHTS)[0]
    a, b = rng.choice(_CHILD_VALUES[op, target])
    return [
        op,
        planted_tree(rng, left, a, by_value),
        planted_tree(rng, leaves - left, b, by_value),
    ]


def satisfied_share(tree, variables: int, rng) -> float:
    """Share of all assignments that make ``tree`` 1: exact for few variables, else sampled."""
    if variables <= EXACT_VARIABLES:
        columns = truth_table_columns(variables)
        return evaluate(tree, lambda k: columns[k - 1]).bit_count() / (1 << variables)
    columns = [rng.getrandbits(SAMPLES) for _ in range(variables)]
    return evaluate(tree, lambda k: columns[k - 1]).bit_count() / SAMPLES


class BooleanExpressionSatisfyingAssignment(SatisfyingAssignmentPuzzle):
    description = "0/1 values of the variables that make an AND/OR/XOR expression equal 1"
    answer_kind = "int_list"
    catalog_name = "Circuit"

    def schedule(self, difficulty):
        variables = FIRST_VARIABLES + difficulty
        return {"variables": variables, "leaves": LEAVES_PER_VARIABLE * variables}

    def generate_instance(self, rng, sizes):
        n, leaves = sizes["variables"], sizes["leaves"]
        parts = 4 + n // 3
        best = None
        for _ in range(REDRAWS):
            hidden = planted_assignment(rng, n)
            by_value = [[v for v in range(1, n + 1) if hidden[v - 1] == b] for b in (0, 1)]
            part_leaves = [1] * parts
            for _ in range(leaves - parts):
                part_leaves[rng.randrange(parts)] += 1
            trees = [planted_tree(rng, size, 1, by_value) for size in part_leaves]
            while len(trees) > 1:  # join the parts with ANDs in a random shape
                i = rng.randrange(len(trees) - 1)
                trees[i : i + 2] = [["&", trees[i], trees[i + 1]]]
            tree = trees[0]
            if evaluate(tree, lambda k: 1) == 1:  # "all ones" must not be a solution
                continue
            share = satisfied_share(tree, n, rng)
            if best is None or share < best[0]:
                best = (share, tree, hidden)
            if share <= MAX_SATISFIED_SHARE:
                break
        if best is None:  # every draw was true for all ones (never seen): AND in a part that
            # is 1 under the hidden assignment and 0 under all ones
            tree = ["&", tree, ["^", rng.choice(by_value[1]), rng.choice(by_value[0])]]
            best = (satisfied_share(tree, n, rng), tree, hidden)
        return {"variables": n, "expression": best[1], "planted": best[2]}

    def solve(self, instance):
        return instance["planted"]

    def render(self, instance):
        n = instance["variables"]
        expression = render(instance["expression"], lambda k: f"x{k}")
        return (
            f"There are {n} variables x1, x2, ..., x{n}, each 0 or 1. Consider the expression\n\n"
            f"{expression}\n\n"
            "where & is AND (1 exactly when both sides are 1), | is OR (1 when at least one side "
            "is 1) and ^ is XOR (1 exactly when the two sides differ). Find values of the "
            "variables that make the whole expression equal to 1 (such values exist).\n"
            f"{values_answer_format(n, 'work')}"
        )

    def satisfied(self, instance, values):
        return evaluate(instance["expression"], lambda k: values[k - 1]) == 1

    def check(self, instance, answer, reference):
        if self.satisfied(instance, answer):
            return Verdict.right()
        return Verdict.wrong("the expression evaluates to 0 with these values")
