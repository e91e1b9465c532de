"""LongestBoundedRangeSubarray: sliding window against all (l, r) pairs; every longest window
accepted, every other pair rejected."""

from __future__ import annotations

import random

import pytest

import rlve_gym
from rlve_gym.envs.sequence_array.longest_bounded_range_subarray import longest_window_length

ENV = rlve_gym.make("LongestBoundedRangeSubarray")


def valid_windows(values, bound):
    """Every (l, r), 1-based inclusive, whose spread is within the bound, by direct scan."""
    n = len(values)
    return [
        (left, right)
        for left in range(1, n + 1)
        for right in range(left, n + 1)
        if max(values[left - 1 : right]) - min(values[left - 1 : right]) <= bound
    ]


@pytest.mark.parametrize("length", [4, 6, 9, 13])
def test_every_longest_window_and_nothing_else_is_accepted(length):
    for seed in range(25):
        instance = ENV.generate_instance(random.Random(seed), {"length": length})
        windows = valid_windows(instance["values"], instance["bound"])
        longest = max(r - l + 1 for l, r in windows)
        assert instance["longest"] == longest
        assert 2 <= longest < length
        assert tuple(ENV.solve(instance)) in windows
        for left in range(1, length + 1):
            for right in range(left, length + 1):
                expected = (left, right) in windows and right - left + 1 == longest
                verdict = ENV.check(instance, ENV.parse(f"{left} {right}", instance), None)
                assert verdict.correct == expected, (instance, left, right)


def test_kernel_on_random_arrays_with_ties_and_equal_values():
    rng = random.Random(5)
    for _ in range(300):
        values = [rng.randint(0, 4) for _ in range(rng.randint(1, 10))]
        bound = rng.randint(0, 3)
        expected = max(r - l + 1 for l, r in valid_windows(values, bound))
        assert longest_window_length(values, bound) == expected
    assert longest_window_length([7], 0) == 1
    assert longest_window_length([2, 2, 2], 0) == 3


def test_out_of_range_reversed_and_malformed_answers():
    problem = ENV.generate(3, 0)
    n = len(problem.instance["values"])
    instance = problem.instance
    assert "outside" in ENV.check(instance, [0, 3], None).reason
    assert "outside" in ENV.check(instance, [2, n + 1], None).reason
    assert "must not exceed" in ENV.check(instance, [5, 2], None).reason
    assert not ENV.check(instance, [1, n], None).correct  # the whole array never fits
    for text in ("1", "1 2 3", "a b", ""):
        verdict = ENV.verify(problem, f"<answer>{text}</answer>")
        assert not verdict.correct and not verdict.format_ok
