"""PowerLastDigitsPeriod: solver against scanning L = 1, 2, ... with modular powers."""

from __future__ import annotations

import random

import pytest

import rlve_gym
from rlve_gym.envs.number_theory.power_last_digits_period import last_digits_period
from rlve_gym.kernels.number_theory import factorize

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


def test_generator_at_small_sizes_matches_the_scan():
    # the schedule starts at 9 digits, too many to scan; the generator itself works at any K >= 3
    rng = random.Random(3)
    for k in (3, 4):
        for _ in range(25):
            instance = ENV.generate_instance(rng, {"digits_k": k, "digits_n": 2 * k + 1})
            assert len(str(instance["n"])) == 2 * k + 1
            assert ENV.solve(instance) == period_by_scan(instance["n"], k) >= 2


@pytest.mark.parametrize("difficulty", [0, 1, 5, 20])
def test_generated_periods_are_minimal(difficulty):
    # the L that work are the multiples of the period: L works and no L / q (q prime) does
    for seed in range(20):
        problem = ENV.generate(difficulty, seed)
        n, digits = problem.instance["n"], problem.instance["digits"]
        modulus, period = 10**digits, int(problem.answer)
        assert pow(n, period + 1, modulus) == n % modulus
        for q in factorize(period):
            assert pow(n, period // q + 1, modulus) != n % modulus


def test_hand_written_cases():
    assert last_digits_period(2, 1) == 4
    assert last_digits_period(32, 2) == 4  # 4 divides 32; 32 = 7 (mod 25) has order 4
    assert last_digits_period(6, 2) is None  # 2 divides 6 but 4 does not: 6^k mod 4 = 0 for k >= 2
    assert last_digits_period(10**3 * 7, 3) == 1  # all of 10^3 divides N
    assert last_digits_period(1, 5) == 1


def test_no_period_is_a_good_blind_guess():
    # drawing N at random put a third to a half of the seeds on one period at K <= 3
    for d in (0, 6, 10):
        answers = [ENV.generate(difficulty=d, seed=seed).answer for seed in range(100)]
        assert max(answers.count(a) for a in set(answers)) <= 8
