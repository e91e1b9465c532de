"""IntegerRootsOfPolynomial: roots recovered independently by trial division over the divisors
of the constant term; every order of the right multiset accepted, every other multiset not."""

from __future__ import annotations

import itertools
import random

import pytest

import rlve_gym

ENV = rlve_gym.make("IntegerRootsOfPolynomial")


def roots_by_trial_division(coefficients_high_first):
    """Integer roots with multiplicity: strip x factors, then try every divisor of the constant
    term by synthetic division until the polynomial is 1."""
    coefficients = list(coefficients_high_first)
    roots = []
    while len(coefficients) > 1 and coefficients[-1] == 0:
        roots.append(0)
        coefficients.pop()
    while len(coefficients) > 1:
        constant = abs(coefficients[-1])
        for candidate in itertools.chain.from_iterable(
            (d, -d) for d in range(1, constant + 1) if constant % d == 0
        ):
            quotient, carry = [], 0
            for c in coefficients:
                carry = carry * candidate + c
                quotient.append(carry)
            if quotient[-1] == 0:
                roots.append(candidate)
                coefficients = quotient[:-1]
                break
        else:
            raise AssertionError("no integer root found")
    return sorted(roots)


@pytest.mark.parametrize("degree", range(1, 9))
def test_reference_matches_trial_division(degree):
    for seed in range(20):
        instance = ENV.generate_instance(random.Random(seed), {"degree": degree, "max_root": 6})
        assert instance["coefficients"][0] == 1
        assert roots_by_trial_division(instance["coefficients"]) == ENV.solve(instance)


def test_every_order_of_the_roots_is_accepted_and_nothing_else():
    problem = ENV.generate(0, 4)
    roots = problem.instance["roots"]
    for order in set(itertools.permutations(roots)):
        assert ENV.verify(problem, f"<answer>{' '.join(map(str, order))}</answer>").correct
    for guess in itertools.combinations_with_replacement(range(-7, 8), len(roots)):
        verdict = ENV.check(problem.instance, list(guess), None)
        assert verdict.correct == (sorted(guess) == roots)


def test_repeated_roots_must_be_repeated():
    instance = {"coefficients": [1, -5, 8, -4], "roots": [1, 2, 2]}  # (x - 1)(x - 2)^2
    assert ENV.check(instance, [2, 1, 2], None).correct
    assert not ENV.check(instance, [1, 1, 2], None).correct
    assert roots_by_trial_division(instance["coefficients"]) == [1, 2, 2]


def test_wrong_counts_and_malformed_answers_are_format_errors():
    problem = ENV.generate(2, 1)
    n = len(problem.instance["roots"])
    for text in ("1 " * (n - 1), "1 " * (n + 1), "x-1", "", "1.0 " * n):
        verdict = ENV.verify(problem, f"<answer>{text}</answer>")
        assert not verdict.correct and not verdict.format_ok
