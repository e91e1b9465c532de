"""NonCoprimeCountIntervalSum: solver against counting gcd(k, x) > 1 directly and sympy's totient."""

from __future__ import annotations

import math

import pytest
import sympy

import rlve_gym

ENV = rlve_gym.make("NonCoprimeCountIntervalSum")


def direct(low, high):
    return sum(1 for x in range(low, high + 1) for k in range(1, x + 1) if math.gcd(k, x) > 1)


def test_small_intervals_match_the_direct_count():
    for low in range(1, 40):
        for high in range(low, 45):
            assert ENV.solve({"low": low, "high": high}) == direct(low, high)


@pytest.mark.parametrize("difficulty", range(6))
def test_generated_instances_match_sympy_totient(difficulty):
    for seed in range(20):
        problem = ENV.generate(difficulty, seed)
        low, high = problem.instance["low"], problem.instance["high"]
        assert high - low + 1 == 3 + difficulty and low >= 2
        assert int(problem.answer) == sum(x - sympy.totient(x) for x in range(low, high + 1))


def test_primes_contribute_one_and_one_contributes_zero():
    assert ENV.solve({"low": 1, "high": 1}) == 0
    assert ENV.solve({"low": 101, "high": 101}) == 1
    assert ENV.solve({"low": 64, "high": 64}) == 32
