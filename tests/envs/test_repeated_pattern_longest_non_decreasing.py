"""RepeatedPatternLongestNonDecreasing: the shortcut against a quadratic DP over the written-out B."""

from __future__ import annotations

import random

import pytest

import rlve_gym
from rlve_gym.envs.sequence_array.repeated_pattern_longest_non_decreasing import (
    longest_non_decreasing_of_repeats,
)
from rlve_gym.sequences import lis_ending_lengths

ENV = rlve_gym.make("RepeatedPatternLongestNonDecreasing")


def longest_by_quadratic_dp(sequence, strict=False):
    best = []
    for i, v in enumerate(sequence):
        best.append(
            1
            + max(
                (best[j] for j in range(i) if sequence[j] < v or (not strict and sequence[j] == v)),
                default=0,
            )
        )
    return best


@pytest.mark.parametrize("n", range(1, 8))
def test_shortcut_matches_writing_b_out(n):
    rng = random.Random(n)
    for _ in range(25):
        pattern = [rng.randint(1, max(1, n)) for _ in range(n)]
        for repeats in (1, 2, n, n + 1, 2 * n + 3, 3 * n + 1):
            expected = max(longest_by_quadratic_dp(pattern * repeats))
            assert longest_non_decreasing_of_repeats(pattern, repeats) == expected


def test_patience_lengths_match_the_dp_both_strict_and_not():
    rng = random.Random(0)
    for _ in range(100):
        values = [rng.randint(1, 5) for _ in range(rng.randint(0, 12))]
        assert lis_ending_lengths(values, strict=False) == longest_by_quadratic_dp(values)
        assert lis_ending_lengths(values, strict=True) == longest_by_quadratic_dp(values, True)


@pytest.mark.parametrize("difficulty", (0, 1, 2))
def test_generated_answers_match_writing_b_out(difficulty):
    for seed in range(10):
        problem = ENV.generate(difficulty, seed)
        inst = problem.instance
        expected = max(longest_by_quadratic_dp(inst["pattern"] * inst["repeats"]))
        assert problem.answer == str(expected)
        assert ENV.verify(problem, f"<answer>{expected}</answer>").correct
        assert not ENV.verify(problem, f"<answer>{expected - 1}</answer>").correct


def test_edge_cases_and_the_prompt_example():
    assert longest_non_decreasing_of_repeats([2, 1], 2) == 2
    assert longest_non_decreasing_of_repeats([4, 4, 4], 10) == 30  # all equal: everything
    assert longest_non_decreasing_of_repeats([1, 2, 3], 1) == 3
    assert longest_non_decreasing_of_repeats([3, 2, 1], 5) == 5  # 1 ... then 2 ... then 3 ...
    assert longest_non_decreasing_of_repeats([7], 9) == 9


def test_malformed_answers_are_format_errors():
    problem = ENV.generate(1, 0)
    for text in ("", "3 4", "x", "9" * 30):
        v = ENV.verify(problem, f"<answer>{text}</answer>")
        assert not v.correct and not v.format_ok
