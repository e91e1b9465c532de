"""DigitLisCounting: the tails-mask digit DP against computing the LIS of every number."""

from __future__ import annotations

from itertools import combinations

import pytest

import rlve_gym
from rlve_gym.envs.combinatorics_counting.digit_lis_counting import count_with_lis

ENV = rlve_gym.make("DigitLisCounting")


def lis_by_subsets(n: int) -> int:
    digits = str(n)
    for size in range(len(digits), 0, -1):
        for chosen in combinations(digits, size):
            if all(a < b for a, b in zip(chosen, chosen[1:], strict=False)):
                return size
    return 0


def brute_force(low: int, high: int, k: int) -> int:
    return sum(lis_by_subsets(n) == k for n in range(low, high + 1))


@pytest.mark.parametrize(
    "low,high", [(1, 1), (1, 9), (1, 100), (10, 99), (95, 1234), (1000, 3210), (0, 50)]
)
def test_digit_dp_matches_enumeration_for_every_length(low, high):
    for k in range(0, 6):
        assert count_with_lis(low, high, k) == brute_force(max(low, 1), high, k), k


def test_generated_small_levels_match_enumeration():
    for d in range(3):
        for seed in range(6):
            problem = ENV.generate(difficulty=d, seed=seed)
            inst = problem.instance
            assert int(problem.answer) == brute_force(inst["low"], inst["high"], inst["length"])
            assert int(problem.answer) >= 1


def test_long_ranges_and_edges():
    # every number has power between 1 and 10; an empty range counts nothing
    assert sum(count_with_lis(1, 10**6, k) for k in range(1, 11)) == 10**6
    assert count_with_lis(5, 4, 1) == 0
    assert count_with_lis(123456789, 123456789, 9) == 1
    assert count_with_lis(1, 10**20, 11) == 0


def test_prompt_example_is_true():
    assert (lis_by_subsets(1324), lis_by_subsets(7), lis_by_subsets(5511)) == (3, 1, 1)


def test_wrong_answers_rejected():
    problem = ENV.generate(difficulty=4, seed=2)
    assert ENV.verify(problem, f"<answer>{problem.answer}</answer>").correct
    assert not ENV.verify(problem, f"<answer>{int(problem.answer) + 1}</answer>").correct
    assert not ENV.verify(problem, "<answer>many</answer>").format_ok


def test_cached_tables_give_the_same_counts_in_any_order():
    """The completion tables are cached per K for the longest range seen; a shorter range asked
    after a longer one must still be counted exactly."""
    long_first = [count_with_lis(10**14, 10**15 - 1, 4), count_with_lis(100, 999, 2)]
    assert long_first[1] == brute_force(100, 999, 2)
    assert count_with_lis(10**14, 10**15 - 1, 4) == long_first[0]
    assert count_with_lis(5, 4, 1) == 0 and count_with_lis(0, 9, 1) == 9
