"""FactorialTrailingZerosInBase: solver against writing N! in base K and counting zeros."""

from __future__ import annotations

import math

import pytest

import rlve_gym
from rlve_gym.envs.number_theory.factorial_trailing_zeros_in_base import factorial_trailing_zeros

ENV = rlve_gym.make("FactorialTrailingZerosInBase")


def zeros_by_division(n, base):
    value, count = math.factorial(n), 0
    while value % base == 0:
        value //= base
        count += 1
    return count


def test_all_small_pairs_match_repeated_division():
    for n in range(0, 60):
        for base in range(2, 60):
            assert factorial_trailing_zeros(n, base) == zeros_by_division(n, base)


@pytest.mark.parametrize("difficulty", range(4))
def test_generated_instances_match_repeated_division(difficulty):
    for seed in range(30):
        problem = ENV.generate(difficulty, seed)
        assert (
            int(problem.answer)
            == zeros_by_division(problem.instance["n"], problem.instance["base"])
            >= 30
        )


def test_hand_written_cases():
    assert factorial_trailing_zeros(100, 10) == 24
    assert factorial_trailing_zeros(10, 16) == 2  # v_2(10!) = 8, 16 = 2^4
    assert factorial_trailing_zeros(6, 7) == 0  # the base is a prime above N
    assert factorial_trailing_zeros(7, 7) == 1  # the base itself
