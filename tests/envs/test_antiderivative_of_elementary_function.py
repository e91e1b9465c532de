"""AntiderivativeOfElementaryFunction: the integrand against sympy.diff of the hidden function,
sympy.integrate's own answers accepted where it finds one, every constant shift accepted, wrong
formulas rejected, hostile formulas judged quickly."""

from __future__ import annotations

import random

import pytest
import sympy

import rlve_gym
from rlve_gym.symbolic import parse_formula

from ._elementary_functions import (
    HOSTILE,
    X,
    assert_derivative_matches_sympy,
    assert_judged_wrong_in_well_under_100_ms,
    assert_malformed_answers_are_format_errors,
    to_answer,
    to_sympy,
)

ENV = rlve_gym.make("AntiderivativeOfElementaryFunction")


def answer(problem, text):
    return ENV.verify(problem, f"<answer>{text}</answer>")


@pytest.mark.parametrize("operations", (1, 2, 3, 5, 8))
def test_integrand_is_the_sympy_derivative_of_the_reference(operations):
    rng = random.Random(operations)
    for seed in range(6):
        sizes = {"operations": operations, "max_piece": 3}
        instance = ENV.generate_instance(random.Random(seed), sizes)
        assert_derivative_matches_sympy(instance["antiderivative"], instance["integrand"], rng)


@pytest.mark.parametrize("difficulty", (0, 2, 5))
def test_antiderivatives_in_other_forms_are_accepted_and_wrong_ones_rejected(difficulty):
    for seed in range(4):
        problem = ENV.generate(difficulty, seed)
        function = to_sympy(problem.instance["antiderivative"])
        for form in (function, function + 5, sympy.expand(function) - sympy.Rational(3, 7)):
            assert answer(problem, to_answer(form)).correct, (problem.instance, form)
        integrand = to_sympy(problem.instance["integrand"])
        for wrong in (2 * function, function + X, integrand * X, function * (1 + X / 1000)):
            assert not answer(problem, to_answer(wrong)).correct


def test_sympy_integrate_answers_are_accepted_when_it_finds_one():
    found = 0
    for seed in range(6):
        problem = ENV.generate(0, seed)
        integrand = to_sympy(problem.instance["integrand"])
        result = sympy.integrate(integrand, X, risch=False, conds="none")
        if result.has(sympy.Integral) or result.has(sympy.Piecewise):
            continue
        text = to_answer(result)
        try:
            parse_formula(text)
        except Exception:  # sympy may use functions outside the whitelist (erf, Si, ...)
            continue
        found += 1
        assert answer(problem, text).correct, (problem.instance, text)
    assert found >= 2


def test_the_example_and_constants_are_never_antiderivatives():
    for d in (0, 1, 4):
        for seed in range(30):
            problem = ENV.generate(d, seed)
            for text in (ENV.answer_example, "0", "1", "x"):
                assert not answer(problem, text).correct


def test_malformed_and_unsafe_answers_are_format_errors():
    assert_malformed_answers_are_format_errors(ENV, ENV.generate(1, 1), "F(x) + C")


@pytest.mark.parametrize("text", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_answers_are_judged_in_well_under_100_ms(text):
    assert_judged_wrong_in_well_under_100_ms(ENV, ENV.generate(4, 2), text)
