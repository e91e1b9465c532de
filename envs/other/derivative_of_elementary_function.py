"""DerivativeOfElementaryFunction: write the derivative of a random elementary function.

The solver sees f(x), a random formula built from x, small integers, + - * /, integer powers and
the functions exp, ln, sin, cos, tan and sqrt, and answers with a formula for f'(x). Any formula
equal to f' on the interval 1/4 < x < 3 is correct, in any form (no simplification needed):
rational functions are compared exactly (polynomial identity over Fractions), other formulas by a
bounded symbolic check and then by their values at several rational points drawn from a hash of
both formulas, in 32-digit decimal arithmetic (``rlve_gym.symbolic.equivalent``). Scores are
binary. Formulas are read by the safe reader of ``rlve_gym.expressions`` (never eval), with caps
on length, nesting, literal size and evaluation work, so every verdict takes well under 100 ms.

The generator joins small random pieces (each checked to be defined and moderate on the interval)
into a flat sum; f must have a non-constant derivative, so no constant answer is ever right.

Difficulty schedule (``operations``: function applications, powers, scalings, shifts and binary
operations in f; ``max_piece``: the most operations in one joined piece, i.e. how deep
compositions nest):

    d             0   1   2   3   4   5  ...  10  ...  15  ...  20  ...  d
    operations    3   4   5   6   7   8  ...  13  ...  18  ...  23  ...  3 + d
    max_piece     3   3   3   3   3   4  ...   5  ...   6  ...   6  ...  min(3 + d // 5, 6)

Each level adds an operation, so the chain, product and quotient rules are applied more often;
up to level 15 compositions also get deeper. Level 0 has three operations (exp(sin(x))^2,
x * ln(3 * x) ...), which already needs the chain or product rule; with two, the few hundred
possible formulas repeat too often across seeds.
"""

from __future__ import annotations

from rlve_gym import Verdict
from rlve_gym.expressions import ExpressionError, to_text
from rlve_gym.symbolic import (
    FORMULA_SYNTAX,
    answer_caps,
    equivalent,
    parse_formula,
)

from ._elementary_functions import ElementaryFunctionTask, function_and_derivative

EXAMPLE = "2*x*cos(x^2)"


class DerivativeOfElementaryFunction(ElementaryFunctionTask):
    description = "A formula for the derivative of a random elementary function"
    answer_example = EXAMPLE
    reference_key = "derivative"
    catalog_name = "Differentiate"

    def generate_instance(self, rng, sizes):
        function, slope = function_and_derivative(rng, sizes, avoid=parse_formula(EXAMPLE))
        return {"function": to_text(function), "derivative": to_text(slope)}

    def render(self, instance):
        return (
            f"f(x) = {instance['function']}\n\n"
            "Find the derivative f'(x). Any formula equal to f'(x) for all x with 1/4 < x < 3 "
            "(where f is defined) is accepted; it does not need to be simplified. "
            f"{FORMULA_SYNTAX} For example: {EXAMPLE}"
        )

    def check(self, instance, answer, reference):
        target = parse_formula(instance["derivative"], max_chars=10**6, max_nodes=10**6)
        try:
            judgement = equivalent(target, answer, caps=answer_caps(target))
        except ExpressionError as exc:
            return Verdict.wrong(f"the formula cannot be compared: {exc}")
        if judgement.equal:
            return Verdict.right()
        return Verdict.wrong(f"not the derivative: {judgement.reason}")

    def near_misses(self, problem):
        slope = problem.answer
        return [f"({slope}) + 1", f"2*({slope})", f"({slope})*x", problem.instance["function"]]
