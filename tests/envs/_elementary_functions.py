"""sympy as an independent oracle for the elementary-function environments' tests
(DerivativeOfElementaryFunction, AntiderivativeOfElementaryFunction)."""

from __future__ import annotations

import time
from fractions import Fraction

import sympy
from sympy.parsing.sympy_parser import parse_expr

from rlve_gym.symbolic import evaluate_decimal, parse_formula

X = sympy.Symbol("x", positive=True)


def to_sympy(text):
    return parse_expr(text.replace("^", "**"), local_dict={"x": X, "ln": sympy.log})


def to_answer(expression) -> str:
    """sympy's own spelling, made readable by our reader (E is exp(1))."""
    return str(expression).replace("E", "exp(1)")


def answer(env, problem, text):
    return env.verify(problem, f"<answer>{text}</answer>")


def assert_derivative_matches_sympy(function: str, slope: str, rng) -> None:
    """``slope`` equals sympy.diff of ``function`` at three random points of 0.3 <= x <= 2.9
    (points where sympy's value is not a finite real are skipped)."""
    oracle = sympy.diff(to_sympy(function), X)
    mine = parse_formula(slope)
    for _ in range(3):
        point = Fraction(rng.randint(30, 290), 100)
        want = sympy.N(oracle.subs(X, sympy.Rational(point.numerator, point.denominator)), 30)
        if not want.is_real or not want.is_finite:
            continue
        got = evaluate_decimal(mine, point)[0]
        assert abs(float(got) - float(want)) <= 1e-9 * max(1.0, abs(float(want)))


def assert_malformed_answers_are_format_errors(env, problem, extra: str) -> None:
    """Unsafe or unreadable formulas (and ``extra``, a task-specific one) are format errors."""
    for text in ("__import__('os')", "x +", "y*2", "exp(", "2 3", "x" * 5000, "", extra):
        verdict = answer(env, problem, text)
        assert not verdict.correct and not verdict.format_ok, text


HOSTILE = [
    "exp(exp(exp(exp(x))))",
    "x^(10^9)",
    "(10^30)^(10^30)",
    "sin(" * 38 + "x" + ")" * 38,
    "+".join(f"sin({i}x)" for i in range(1, 300)),
    "+".join(f"exp({i}x)" for i in range(1, 300)),
    "x^x^x^x^x^x^x",
    "1/(x-x)",
    "ln(0)",
]


def assert_judged_wrong_in_well_under_100_ms(env, problem, text) -> None:
    start = time.perf_counter()
    verdict = answer(env, problem, text)
    assert time.perf_counter() - start < 0.1
    assert not verdict.correct and verdict.reason
