"""PowerLastDigitsPeriod: solver against scanning L = 1, 2, ... with modular powers."""

from __future__ import annotations

import pytest

import rlve_gym
from rlve_gym.envs.number_theory.power_last_digits_period import last_digits_period

ENV = rlve_gym.make("PowerLastDigitsPeriod")


def period_by_scan(n, digits):
    modulus = 10**digits
    for period in range(1, 4 * modulus + 1):
        if pow(n, period + 1, modulus) == n % modulus:
            return period
    return None


def test_every_small_n_for_one_to_three_digits():
    for digits in (1, 2, 3):
        for n in range(1, 1200):
            assert last_digits_period(n, digits) == period_by_scan(n, digits), (n, digits)


@pytest.mark.parametrize("difficulty", range(6))
def test_generated_instances_match_the_scan(difficulty):
    for seed in range(20):
        problem = ENV.generate(difficulty, seed)
        n, digits = problem.instance["n"], problem.instance["digits"]
        assert int(problem.answer) == period_by_scan(n, digits) >= 2


def test_hand_written_cases():
    assert last_digits_period(2, 1) == 4
    assert last_digits_period(32, 2) == 4  # 4 divides 32; 32 = 7 (mod 25) has order 4
    assert last_digits_period(6, 2) is None  # 2 divides 6 but 4 does not: 6^k mod 4 = 0 for k >= 2
    assert last_digits_period(10**3 * 7, 3) == 1  # all of 10^3 divides N
    assert last_digits_period(1, 5) == 1


def test_largest_period_is_not_a_good_blind_guess():
    # before the random exponent, the largest period was the answer for 41 of 100 seeds at d = 3
    for d in (3, 6, 10):
        answers = [ENV.generate(difficulty=d, seed=seed).answer for seed in range(100)]
        assert max(answers.count(a) for a in set(answers)) <= 35
