"""RepeatedArraySubarraysWithSumAtMost: the per-start formula against writing B out and summing
every subarray."""

from __future__ import annotations

import random

import pytest

import rlve_gym
from rlve_gym.envs.sequence_array.repeated_array_subarrays_with_sum_at_most import (
    count_small_sum_subarrays,
)

ENV = rlve_gym.make("RepeatedArraySubarraysWithSumAtMost")


def count_by_writing_out(values, copies, bound):
    b = values * copies
    return sum(
        sum(b[left:right]) <= bound
        for left in range(len(b))
        for right in range(left + 1, len(b) + 1)
    )


@pytest.mark.parametrize("length,copies", [(1, 2), (2, 2), (3, 3), (5, 2), (6, 4), (8, 3)])
def test_formula_matches_writing_b_out(length, copies):
    for seed in range(30):
        sizes = {"length": length, "copies": copies}
        instance = ENV.generate_instance(random.Random(seed), sizes)
        expected = count_by_writing_out(instance["values"], copies, instance["bound"])
        assert ENV.solve(instance) == expected
        assert ENV.check(instance, ENV.parse(str(expected), instance), expected).correct
        assert not ENV.check(instance, expected - 1, expected).correct


def test_edge_bounds_and_equal_values():
    assert count_small_sum_subarrays([2, 1], 2, 3) == 7  # the prompt's example
    assert count_small_sum_subarrays([3, 3], 3, 2) == 0  # nothing fits
    assert count_small_sum_subarrays([3, 3], 3, 18) == 21  # everything fits: 6 * 7 / 2
    assert count_small_sum_subarrays([2, 2, 2], 2, 4) == 6 + 5
    rng = random.Random(1)
    for _ in range(200):
        values = [rng.randint(1, 4) for _ in range(rng.randint(1, 4))]
        copies, bound = rng.randint(1, 4), rng.randint(0, 20)
        assert count_small_sum_subarrays(values, copies, bound) == count_by_writing_out(
            values, copies, bound
        )


def test_malformed_answers_are_format_errors():
    problem = ENV.generate(2, 5)
    for text in ("", "3 4", "x", "7" * 20):
        verdict = ENV.verify(problem, f"<answer>{text}</answer>")
        assert not verdict.correct and not verdict.format_ok
