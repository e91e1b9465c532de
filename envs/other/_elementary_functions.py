"""The random elementary function and its derivative, shared by DerivativeOfElementaryFunction
and AntiderivativeOfElementaryFunction (one shows the function, the other its derivative), and
their base class (fields, schedule, reference answer, reading a formula)."""

from __future__ import annotations

from fractions import Fraction
from typing import ClassVar

from rlve_gym import Environment
from rlve_gym.expressions import ExpressionError, to_text
from rlve_gym.symbolic import (
    derivative,
    evaluate_decimal,
    parse_formula,
    parse_formula_answer,
    random_elementary_function,
)

REDRAWS = 10


def varies_and_differs(tree: tuple, other: tuple) -> bool:
    """True when ``tree`` takes different values at two points of the interval (so it is not
    constant) and differs from ``other`` at the first of them."""
    try:
        first = evaluate_decimal(tree, Fraction(5, 7))[0]
        second = evaluate_decimal(tree, Fraction(23, 11))[0]
        theirs = evaluate_decimal(other, Fraction(5, 7))[0]
    except ExpressionError:
        return True
    return abs(first - second) > 1e-9 and abs(first - theirs) > 1e-9


def function_and_derivative(rng, sizes: dict, avoid: tuple) -> tuple[tuple, tuple]:
    """A random elementary function (``sizes``: ``operations``, ``max_piece``) and its
    derivative, both as parsed trees; the function is parsed back from its text, so it is exactly
    what a prompt shows. The derivative is not constant and differs from the formula ``avoid``
    (a prompt example's derivative): after REDRAWS draws that fail, sin(x) is added to the last
    function, which makes its derivative vary."""
    for _ in range(REDRAWS):
        function = random_elementary_function(
            rng, sizes["operations"], max_piece=sizes["max_piece"]
        )
        function = parse_formula(to_text(function))
        slope = derivative(function)
        if varies_and_differs(slope, avoid):
            return function, slope
    function = parse_formula(to_text(function) + " + sin(x)")
    return function, derivative(function)


class ElementaryFunctionTask(Environment):
    """Answer with a formula in x; the reference formula is ``instance[reference_key]`` and any
    formula the subclass's checker finds equivalent is accepted.

    Difficulty schedule: ``operations`` = 3 + d in the random function, ``max_piece`` =
    min(3 + d // 5, 6) operations in one joined piece (see the environments' docstrings).
    """

    abstract = True
    answer_kind = "string"
    multiple_valid_answers = True
    #: the instance field that holds the reference formula
    reference_key: ClassVar[str] = ""

    def schedule(self, difficulty):
        return {"operations": 3 + difficulty, "max_piece": min(3 + difficulty // 5, 6)}

    def solve(self, instance):
        return instance[self.reference_key]

    def parse(self, text, instance):
        return parse_formula_answer(text, instance[self.reference_key])
