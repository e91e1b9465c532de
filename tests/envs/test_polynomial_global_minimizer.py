"""PolynomialGlobalMinimizer: the planted minimum against sympy's real roots of f' (an
independent oracle), decimal and fraction forms of the minimiser accepted, everything else
rejected or given partial credit below 1."""

from __future__ import annotations

import random
from fractions import Fraction

import numpy as np
import pytest
import sympy

import rlve_gym
from rlve_gym.answers import ParseError
from rlve_gym.envs.other.polynomial_global_minimizer import grid_minimum, parse_real

ENV = rlve_gym.make("PolynomialGlobalMinimizer")
X = sympy.Symbol("x")


def small_instance(seed, degree):
    sizes = {"degree": degree, "s_coefficient": 3, "max_denominator": 4, "max_abs": 4}
    return ENV.generate_instance(random.Random(seed), sizes)


def critical_values_by_numpy(coefficients):
    """f at every real root of f' (floating point, numpy's companion-matrix roots)."""
    derivative = np.polyder(np.array(coefficients, dtype=float))
    roots = np.roots(derivative)
    real = roots[np.abs(roots.imag) < 1e-7].real
    return [np.polyval(np.array(coefficients, dtype=float), r) for r in real]


def exact_value(coefficients, x):
    return sum(c * x ** (len(coefficients) - 1 - i) for i, c in enumerate(coefficients))


@pytest.mark.parametrize("degree", (4, 6, 8))
def test_planted_minimum_is_the_global_minimum(degree):
    for seed in range(10):
        instance = small_instance(seed, degree)
        coefficients = instance["coefficients"]
        minimiser = Fraction(instance["minimizer"])
        assert minimiser.denominator >= 2 and coefficients[0] > 0
        assert exact_value(coefficients, minimiser) == instance["minimum"]
        values = critical_values_by_numpy(coefficients)
        scale = max(abs(c) for c in coefficients)
        assert min(values) >= instance["minimum"] - 1e-6 * scale
        # and sympy agrees that f - m has a double root at the minimiser
        f = sympy.Poly(coefficients, X) - instance["minimum"]
        root = sympy.Rational(minimiser.numerator, minimiser.denominator)
        assert f.eval(root) == 0 and f.diff(X).eval(root) == 0


def test_decimal_and_fraction_forms_of_the_minimiser_are_accepted():
    for seed in range(10):
        problem = ENV.generate(3, seed)
        best = Fraction(problem.instance["minimizer"])
        decimal_text = f"{float(best):.12f}"
        for text in (problem.answer, decimal_text, f"{best.numerator * 3}/{best.denominator * 3}"):
            assert ENV.verify(problem, f"<answer>{text}</answer>").correct, text


def test_far_answers_are_wrong_and_partial_credit_stays_below_one():
    for seed in range(10):
        problem = ENV.generate(2, seed)
        best = Fraction(problem.instance["minimizer"])
        for delta in (Fraction(1, 100), Fraction(-1, 10), Fraction(1), Fraction(-3)):
            verdict = ENV.verify(problem, f"<answer>{best + delta}</answer>")
            assert not verdict.correct and 0.0 <= verdict.score < 1.0


def test_partial_credit_is_the_gap_closed_from_the_grid_baseline():
    problem = ENV.generate(4, 1)
    inst = problem.instance
    coefficients = inst["coefficients"]
    baseline = Fraction(inst["baseline"])
    best = Fraction(inst["minimizer"])
    for delta in (Fraction(1, 1000), Fraction(1, 50), Fraction(1, 3)):
        x = best + delta
        value = sum(c * x ** (len(coefficients) - 1 - i) for i, c in enumerate(coefficients))
        gap = baseline - inst["minimum"]
        expected = 0.0 if gap == 0 else max(0.0, min(1.0, float((baseline - value) / gap)))
        assert ENV.check(inst, x, None).score == pytest.approx(expected)


def test_grid_minimum_matches_direct_evaluation():
    rng = random.Random(3)
    for _ in range(20):
        coefficients = [rng.randint(-9, 9) for _ in range(rng.randint(2, 7))]
        coefficients[0] = coefficients[0] or 1
        direct = min(
            sum(
                c * Fraction(k, 2) ** (len(coefficients) - 1 - i)
                for i, c in enumerate(coefficients)
            )
            for k in range(-8, 9)
        )
        assert grid_minimum(coefficients, 8) == direct


def test_parser_reads_numbers_only():
    assert parse_real(" -1.25 ") == Fraction(-5, 4)
    assert parse_real("7 / 3") == Fraction(7, 3)
    assert parse_real("+4") == 4
    for text in ("1e5", "x", "1/0", "0x10", "1.", ".5", "1/2/3", "2*3", "9" * 61, "nan", ""):
        with pytest.raises(ParseError):
            parse_real(text)
