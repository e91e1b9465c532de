"""PolynomialDivisionRemainder: long division against sympy's remainder and against evaluation
at the roots of a divisor with distinct integer roots; the exact list only is accepted."""

from __future__ import annotations

import random

import pytest
import sympy

import rlve_gym
from rlve_gym.envs.linear_algebra.polynomial_division_remainder import remainder_coefficients

ENV = rlve_gym.make("PolynomialDivisionRemainder")
X = sympy.Symbol("x")


def sympy_remainder(dividend, divisor):
    p = sympy.Poly(dividend, X)
    q = sympy.Poly(divisor, X)
    r = sympy.rem(p, q).all_coeffs()
    r = [int(c) for c in r]
    return [0] * (len(divisor) - 1 - len(r)) + r if any(r) else [0] * (len(divisor) - 1)


def small_sizes(n, m):
    return {
        "dividend_degree": n,
        "divisor_degree": m,
        "max_coefficient": 6,
        "divisor_coefficient": 3,
    }


@pytest.mark.parametrize(("n", "m"), [(3, 2), (5, 2), (6, 3), (8, 4), (9, 1 + 1)])
def test_reference_matches_sympy(n, m):
    for seed in range(25):
        instance = ENV.generate_instance(random.Random(seed), small_sizes(n, m))
        expected = sympy_remainder(instance["dividend"], instance["divisor"])
        assert instance["remainder"] == expected == ENV.solve(instance)
        assert any(expected[:-1])  # never zero, never a lone constant


def test_remainder_agrees_with_values_at_the_roots_of_the_divisor():
    """Independent of division: if Q = prod (x - r_i) with distinct r_i, then R(r_i) = P(r_i),
    and R of degree < M is pinned down by those M values."""
    rng = random.Random(7)
    for _ in range(40):
        roots = rng.sample(range(-5, 6), rng.randint(1, 4))
        divisor = [int(c) for c in sympy.Poly(sympy.prod([X - r for r in roots]), X).all_coeffs()]
        dividend = [rng.randint(-9, 9) for _ in range(rng.randint(len(divisor), 9))]
        remainder = remainder_coefficients(dividend, divisor)
        for r in roots:
            p_value = sum(c * r**i for i, c in enumerate(reversed(dividend)))
            r_value = sum(c * r**i for i, c in enumerate(reversed(remainder)))
            assert p_value == r_value


def test_only_the_exact_coefficients_are_accepted():
    for seed in range(10):
        problem = ENV.generate(2, seed)
        reference = problem.instance["remainder"]
        assert ENV.verify(problem, f"<answer>{problem.answer}</answer>").correct
        assert ENV.verify(problem, f"<answer>[{', '.join(map(str, reference))}]</answer>").correct
        for i in range(len(reference)):
            changed = list(reference)
            changed[i] += 1
            assert not ENV.check(problem.instance, changed, None).correct
        assert not ENV.verify(
            problem, f"<answer>{' '.join(map(str, reference[1:]))}</answer>"
        ).correct


def test_malformed_answers_are_format_errors():
    problem = ENV.generate(0, 3)
    for text in ("", "x + 1", "1.5 2", "1 2 3 4 5 6", "9" * 500 + " 1"):
        verdict = ENV.verify(problem, f"<answer>{text}</answer>")
        assert not verdict.correct and not verdict.format_ok


def test_prompt_shows_both_polynomials_and_the_answer_length():
    problem = ENV.generate(0, 0)
    assert "P(x) = " in problem.prompt and "Q(x) = x^2" in problem.prompt
    assert "the 2 coefficients of R(x)" in problem.prompt
