"""DerivativeOfElementaryFunction: the reference derivative against sympy.diff (an independent
oracle, tests only); sympy's own forms of the derivative accepted, wrong formulas rejected,
hostile formulas judged quickly."""

from __future__ import annotations

import random
import time
from fractions import Fraction

import pytest
import sympy
from sympy.parsing.sympy_parser import parse_expr

import rlve_gym
from rlve_gym.symbolic import evaluate_decimal, parse_formula

ENV = rlve_gym.make("DerivativeOfElementaryFunction")
X = sympy.Symbol("x", positive=True)


def to_sympy(text):
    return parse_expr(text.replace("^", "**"), local_dict={"x": X, "ln": sympy.log})


def to_answer(expression) -> str:
    """sympy's own spelling, made readable by our reader (E is exp(1))."""
    return str(expression).replace("E", "exp(1)")


def answer(problem, text):
    return ENV.verify(problem, f"<answer>{text}</answer>")


def small_instance(seed, operations):
    sizes = {"operations": operations, "max_piece": 3}
    return ENV.generate_instance(random.Random(seed), sizes)


@pytest.mark.parametrize("operations", (1, 2, 3, 5, 8))
def test_reference_derivative_matches_sympy_at_random_points(operations):
    rng = random.Random(operations)
    for seed in range(6):
        instance = small_instance(seed, operations)
        oracle = sympy.diff(to_sympy(instance["function"]), X)
        mine = parse_formula(instance["derivative"])
        for _ in range(3):
            point = Fraction(rng.randint(30, 290), 100)
            want = sympy.N(oracle.subs(X, sympy.Rational(point.numerator, point.denominator)), 30)
            if not want.is_real or not want.is_finite:
                continue
            got = evaluate_decimal(mine, point)[0]
            assert abs(float(got) - float(want)) <= 1e-9 * max(1.0, abs(float(want)))


@pytest.mark.parametrize("difficulty", (0, 2, 5))
def test_sympy_forms_of_the_derivative_are_accepted_and_wrong_ones_rejected(difficulty):
    for seed in range(4):
        problem = ENV.generate(difficulty, seed)
        function = to_sympy(problem.instance["function"])
        slope = sympy.diff(function, X)
        for form in (slope, sympy.expand(slope), sympy.together(slope)):
            verdict = answer(problem, to_answer(form))
            assert verdict.correct, (problem.instance, form, verdict)
        for wrong in (slope + 1, 2 * slope, slope * X, function, slope + sympy.sin(X) / 1000):
            assert not answer(problem, to_answer(wrong)).correct


def test_reference_is_never_constant_and_never_the_example():
    for d in (0, 1, 3):
        for seed in range(40):
            problem = ENV.generate(d, seed)
            slope = sympy.diff(to_sympy(problem.instance["function"]), X)
            assert (
                slope.subs(X, sympy.Rational(1, 2)) != slope.subs(X, 2) or not slope.is_constant()
            )
            assert not answer(problem, "0").correct
            assert not answer(problem, ENV.answer_example).correct


def test_malformed_and_unsafe_answers_are_format_errors():
    problem = ENV.generate(1, 1)
    for text in ("__import__('os')", "x +", "y*2", "exp(", "2 3", "x" * 5000, "", "f'(x)"):
        verdict = answer(problem, text)
        assert not verdict.correct and not verdict.format_ok, text


HOSTILE = [
    "exp(exp(exp(exp(x))))",
    "x^(10^9)",
    "(10^30)^(10^30)",
    "sin(" * 38 + "x" + ")" * 38,
    "+".join(f"sin({i}x)" for i in range(1, 300)),
    "x^x^x^x^x^x^x",
    "1/(x-x)",
    "ln(0)",
]


@pytest.mark.parametrize("text", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_answers_are_judged_in_well_under_100_ms(text):
    problem = ENV.generate(4, 2)
    start = time.perf_counter()
    verdict = answer(problem, text)
    assert time.perf_counter() - start < 0.1
    assert not verdict.correct and verdict.reason
