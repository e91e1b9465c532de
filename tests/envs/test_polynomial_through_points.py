"""PolynomialThroughPoints: Newton interpolation against sympy's interpolating polynomial and
against the planted polynomial; the answer passes through every point and nothing else does."""

from __future__ import annotations

import random

import pytest
import sympy

import rlve_gym
from rlve_gym.envs.linear_algebra.polynomial_through_points import interpolate

ENV = rlve_gym.make("PolynomialThroughPoints")
X = sympy.Symbol("x")


def small_instance(seed, degree):
    return ENV.generate_instance(
        random.Random(seed), {"degree": degree, "max_coefficient": 6, "spread": degree}
    )


def value(coefficients_high_first, x):
    total = 0
    for c in coefficients_high_first:
        total = total * x + c
    return total


@pytest.mark.parametrize("degree", range(1, 8))
def test_reference_matches_sympy_interpolation(degree):
    for seed in range(15):
        instance = small_instance(seed, degree)
        points = list(zip(instance["xs"], instance["ys"], strict=True))
        oracle = sympy.Poly(sympy.interpolate(points, X), X).all_coeffs()
        oracle = [int(c) for c in oracle]
        reference = ENV.solve(instance)
        assert reference == oracle and reference[0] != 0
        assert all(value(reference, x) == y for x, y in points)


def test_interpolation_of_non_integer_data_is_exact():
    coefficients = interpolate([0, 1, 3], [1, 2, 0])
    for x, y in ((0, 1), (1, 2), (3, 0)):
        assert sum(c * x**i for i, c in enumerate(coefficients)) == y


def test_only_the_exact_coefficients_are_accepted():
    for seed in range(8):
        problem = ENV.generate(3, seed)
        reference = [int(t) for t in problem.answer.split()]
        assert ENV.verify(problem, f"<answer>{problem.answer}</answer>").correct
        for i in range(len(reference)):
            for delta in (-1, 1):
                changed = list(reference)
                changed[i] += delta
                assert not ENV.check(problem.instance, changed, reference).correct
        reversed_text = " ".join(map(str, reversed(reference)))
        if list(reversed(reference)) != reference:
            assert not ENV.verify(problem, f"<answer>{reversed_text}</answer>").correct


def test_wrong_length_and_malformed_answers_are_format_errors():
    problem = ENV.generate(1, 5)
    n = len(problem.instance["xs"])
    for text in ("1 " * (n - 1), "1 " * (n + 1), "a b c d", "1/2 " * n, ""):
        verdict = ENV.verify(problem, f"<answer>{text}</answer>")
        assert not verdict.correct and not verdict.format_ok


def test_points_are_distinct_and_level_zero_is_a_quadratic():
    for seed in range(30):
        instance = ENV.generate(0, seed).instance
        assert len(set(instance["xs"])) == len(instance["xs"]) == 3
