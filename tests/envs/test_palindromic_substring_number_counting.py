"""PalindromicSubstringNumberCounting: the digit DP against checking every substring of every number."""

from __future__ import annotations

import pytest

import rlve_gym
from rlve_gym.envs.combinatorics_counting.palindromic_substring_number_counting import (
    count_palindromic,
)

ENV = rlve_gym.make("PalindromicSubstringNumberCounting")


def is_good(n: int) -> bool:
    s = str(n)
    return any(s[i:j] == s[i:j][::-1] for i in range(len(s)) for j in range(i + 2, len(s) + 1))


def brute_force(low: int, high: int) -> int:
    return sum(is_good(n) for n in range(max(low, 1), high + 1))


@pytest.mark.parametrize(
    "low,high",
    [(1, 1), (1, 10), (1, 11), (10, 99), (100, 999), (1, 5000), (1234, 4321), (98, 102), (0, 121)],
)
def test_digit_dp_matches_enumeration(low, high):
    assert count_palindromic(low, high) == brute_force(low, high)


def test_generated_small_levels_match_enumeration():
    for d in range(2):
        for seed in range(8):
            problem = ENV.generate(difficulty=d, seed=seed)
            inst = problem.instance
            assert int(problem.answer) == brute_force(inst["low"], inst["high"])


def test_edges():
    assert count_palindromic(11, 11) == 1
    assert count_palindromic(12, 21) == 0
    assert count_palindromic(7, 3) == 0
    # numbers without a repeat at distance 1 or 2, counted directly for 3 digits: 9 * 9 * 8
    assert count_palindromic(100, 999) == 900 - 9 * 9 * 8


def test_prompt_examples_are_true():
    assert is_good(101) and is_good(3455) and not is_good(102) and not is_good(1201)
