"""ParenthesizationValueCount: how many distinct values a fixed expression takes over all bracketings.

An expression a_1 op_1 a_2 op_2 ... op_(n-1) a_n (positive integers, each op one of + - *) is
fully parenthesized in every possible way: every bracketing fixes which operation is applied
last, recursively on both sides (there are Catalan(n - 1) of them), and each is evaluated with
ordinary integer arithmetic. The answer is the number of distinct values obtained (bracketings
that give the same value count once), one exact integer.

The reference solver is the interval dynamic programme over value sets: the values of
a_i .. a_j are the union, over the last operation op_k (i <= k < j), of {x op_k y} for x a value
of a_i .. a_k and y one of a_(k+1) .. a_j. Its cost grows with the set sizes, which can approach
Catalan(n - 1), so the operand count stops growing at 12 (about 20 ms per instance at worst);
from there on the operands' size keeps growing, which gives more distinct values (fewer
coincidences) and longer arithmetic. Levels never stop; past d = 8 only the operand size grows.

Difficulty schedule (operands drawn from 1..max_operand, operators uniformly from + - *):

    d             0   1   2   3   4  ...  10  ...  20  ...  d
    operands      8   8   9   9  10  ...  12  ...  12  ...  min(8 + d // 2, 12)
    max_operand   9  10  11  12  13  ...  19  ...  29  ...  9 + d

Level 0 has eight operands (429 bracketings): with seven the most common count (22) was still
right on 4.5% of the seeds, and with four or five operands the count is at most 5 or 14.
"""

from __future__ import annotations

from rlve_gym import Environment
from rlve_gym.answers import parse_int

MAX_OPERANDS = 12
OPERATORS = "+-*"


def bracketing_values(operands: list[int], operators: str) -> set[int]:
    """Every value of the expression over all full parenthesizations."""
    n = len(operands)
    values: dict[tuple[int, int], set[int]] = {(i, i): {operands[i]} for i in range(n)}
    for length in range(2, n + 1):
        for i in range(n - length + 1):
            j = i + length - 1
            found: set[int] = set()
            for k in range(i, j):
                left, right, op = values[(i, k)], values[(k + 1, j)], operators[k]
                if op == "+":
                    found.update(x + y for x in left for y in right)
                elif op == "-":
                    found.update(x - y for x in left for y in right)
                else:
                    found.update(x * y for x in left for y in right)
            values[(i, j)] = found
    return values[(0, n - 1)]


def expression_text(operands: list[int], operators: str) -> str:
    parts = [str(operands[0])]
    for op, value in zip(operators, operands[1:], strict=True):
        parts += [op, str(value)]
    return " ".join(parts)


class ParenthesizationValueCount(Environment):
    description = "Number of distinct values of an expression over all ways to parenthesize it"
    answer_kind = "single_int"
    answer_example = "0"
    catalog_name = "Expression_AddingParenthese_Counting"

    def schedule(self, difficulty):
        return {"operands": min(8 + difficulty // 2, MAX_OPERANDS), "max_operand": 9 + difficulty}

    def generate_instance(self, rng, sizes):
        n = sizes["operands"]
        return {
            "operands": [rng.randint(1, sizes["max_operand"]) for _ in range(n)],
            "operators": "".join(rng.choice(OPERATORS) for _ in range(n - 1)),
        }

    def solve(self, instance):
        return len(bracketing_values(instance["operands"], instance["operators"]))

    def render(self, instance):
        expression = expression_text(instance["operands"], instance["operators"])
        return (
            f"Consider the expression\n  {expression}\n"
            "Insert parentheses so that the expression is fully parenthesized: every operation "
            "combines exactly two sub-expressions, and the order of the numbers and operators "
            "stays as written. Evaluate every such parenthesization with ordinary integer "
            "arithmetic (+ is addition, - is subtraction, * is multiplication; the usual "
            "precedence of * over + and - does not apply, only the parentheses decide).\n"
            "How many distinct values are obtained? Different parenthesizations with the same "
            "value count once. For example, 2 - 3 * 4 has the parenthesizations (2 - 3) * 4 = -4 "
            "and 2 - (3 * 4) = -10, so it gives 2 distinct values.\n"
            "Answer with that count only."
        )

    def parse(self, text, instance):
        return parse_int(text, max_digits=12)
