"""GcdLcmPairCount: solver against enumerating the divisors of L."""

from __future__ import annotations

import math

import pytest

import rlve_gym

ENV = rlve_gym.make("GcdLcmPairCount")


def count_by_enumeration(g, lcm):
    divisors = [p for p in range(1, lcm + 1) if lcm % p == 0]
    return sum(
        1
        for p in divisors
        for q in divisors
        if math.gcd(p, q) == g and p * q // math.gcd(p, q) == lcm
    )


@pytest.mark.parametrize("difficulty", range(4))
def test_solver_matches_enumeration(difficulty):
    for seed in range(60):
        problem = ENV.generate(difficulty, seed)
        instance = problem.instance
        assert instance["lcm"] % instance["gcd"] == 0
        assert int(problem.answer) == count_by_enumeration(instance["gcd"], instance["lcm"]) >= 2


def test_hand_written_cases():
    assert ENV.solve({"gcd": 1, "lcm": 2}) == 2  # (1, 2), (2, 1)
    assert ENV.solve({"gcd": 3, "lcm": 60}) == 4  # 60/3 = 20 = 2^2 * 5: two primes
    assert ENV.solve({"gcd": 5, "lcm": 5 * 64}) == 2  # prime power quotient
    assert ENV.solve({"gcd": 1, "lcm": 2 * 3 * 5 * 7 * 11}) == 32


def test_answer_4_is_not_a_good_blind_guess():
    for d in (3, 10):
        answers = [ENV.generate(difficulty=d, seed=seed).answer for seed in range(100)]
        assert answers.count("4") <= 40 and len(set(answers)) >= 4
