"""DerivativeOfElementaryFunction: the reference derivative against sympy.diff (an independent
oracle, tests only); sympy's own forms of the derivative accepted, wrong formulas rejected,
hostile formulas judged quickly."""

from __future__ import annotations

import random

import pytest
import sympy

import rlve_gym

from ._elementary_functions import (
    HOSTILE,
    X,
    assert_derivative_matches_sympy,
    assert_judged_wrong_in_well_under_100_ms,
    assert_malformed_answers_are_format_errors,
    to_answer,
    to_sympy,
)

ENV = rlve_gym.make("DerivativeOfElementaryFunction")


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
        assert_derivative_matches_sympy(instance["function"], instance["derivative"], rng)


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
    assert_malformed_answers_are_format_errors(ENV, ENV.generate(1, 1), "f'(x)")


@pytest.mark.parametrize("text", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_answers_are_judged_in_well_under_100_ms(text):
    assert_judged_wrong_in_well_under_100_ms(ENV, ENV.generate(4, 2), text)
