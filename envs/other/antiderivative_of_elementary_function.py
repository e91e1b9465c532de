"""AntiderivativeOfElementaryFunction: write an antiderivative of a random elementary function.

The solver sees g(x), the derivative of a hidden random formula F built from x, small integers,
+ - * /, integer powers and exp, ln, sin, cos, tan and sqrt (so an elementary antiderivative
always exists), and answers with a formula G(x) whose derivative is g. Every antiderivative is
correct - F plus any constant, or any other form of it: the checker differentiates the answer
(exactly for rational functions; otherwise by forward-mode automatic differentiation in 32-digit
decimal arithmetic at several rational points of 1/4 < x < 3 drawn from a hash of both formulas)
and compares with g (``rlve_gym.symbolic.is_antiderivative``). Scores are binary. Answers are
read by the safe reader of ``rlve_gym.expressions`` (never eval) under caps on length, nesting,
literal size and evaluation work, so every verdict takes well under 100 ms.

g is shown exactly as the product, quotient and chain rules produce it from F (lightly
tidied), so recognising those patterns is the task. F has a non-constant derivative, and the
prompt's example is never an antiderivative.

Difficulty schedule (``operations``: function applications, powers, scalings, shifts and binary
operations in F; ``max_piece``: the most operations in one joined piece of F):

    d             0   1   2   3   4   5  ...  10  ...  15  ...  20  ...  d
    operations    3   4   5   6   7   8  ...  13  ...  18  ...  23  ...  3 + d
    max_piece     3   3   3   3   3   4  ...   5  ...   6  ...   6  ...  min(3 + d // 5, 6)

Each level adds an operation to F, so g holds one more rule application to undo; up to level
15 compositions also nest deeper. Level 0 has three operations: with two, the few hundred
possible formulas repeat too often across seeds.
"""

from __future__ import annotations

from rlve_gym import Verdict
from rlve_gym.expressions import ExpressionError, to_text
from rlve_gym.symbolic import (
    FORMULA_SYNTAX,
    answer_caps,
    derivative,
    is_antiderivative,
    parse_formula,
)

from ._elementary_functions import ElementaryFunctionTask, function_and_derivative

EXAMPLE = "x*sin(x)"
#: d/dx of the example, which the integrand must differ from (so the example is never an answer)
_EXAMPLE_SLOPE = derivative(parse_formula(EXAMPLE))


class AntiderivativeOfElementaryFunction(ElementaryFunctionTask):
    description = "A formula for an antiderivative of a random elementary function"
    answer_example = EXAMPLE
    reference_key = "antiderivative"
    catalog_name = "Integral"

    def generate_instance(self, rng, sizes):
        function, integrand = function_and_derivative(rng, sizes, avoid=_EXAMPLE_SLOPE)
        return {"integrand": to_text(integrand), "antiderivative": to_text(function)}

    def render(self, instance):
        return (
            f"g(x) = {instance['integrand']}\n\n"
            "Find an antiderivative of g: a formula G(x) whose derivative G'(x) equals g(x) for "
            "all x with 1/4 < x < 3 (where g is defined). Any antiderivative is accepted (they "
            "differ by a constant); do not write the constant of integration. "
            f"{FORMULA_SYNTAX} For example: {EXAMPLE}"
        )

    def check(self, instance, answer, reference):
        integrand = parse_formula(instance["integrand"], max_chars=10**6, max_nodes=10**6)
        try:
            judgement = is_antiderivative(answer, integrand, caps=answer_caps(integrand))
        except ExpressionError as exc:
            return Verdict.wrong(f"the formula cannot be checked: {exc}")
        if judgement.equal:
            return Verdict.right()
        return Verdict.wrong(f"not an antiderivative: {judgement.reason}")

    def near_misses(self, problem):
        function = problem.answer
        return [f"2*({function})", f"({function}) + x", f"({function}) - x^2/7"]
