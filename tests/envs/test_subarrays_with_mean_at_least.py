"""SubarraysWithMeanAtLeast: the prefix-sum inversion count against averaging every subarray."""

from __future__ import annotations

import random
from fractions import Fraction

import pytest

import rlve_gym
from rlve_gym.envs.sequence_array.subarrays_with_mean_at_least import count_mean_at_least

ENV = rlve_gym.make("SubarraysWithMeanAtLeast")


def count_by_averaging(values, threshold):
    n = len(values)
    return sum(
        Fraction(sum(values[left:right]), right - left) >= threshold
        for left in range(n)
        for right in range(left + 1, n + 1)
    )


@pytest.mark.parametrize("length", [2, 3, 5, 8, 12])
def test_count_matches_averaging_every_subarray(length):
    for seed in range(40):
        sizes = {"length": length, "max_value": length}
        instance = ENV.generate_instance(random.Random(seed), sizes)
        expected = count_by_averaging(instance["values"], instance["threshold"])
        assert ENV.solve(instance) == expected
        assert ENV.check(instance, ENV.parse(str(expected), instance), expected).correct
        assert not ENV.check(instance, expected + 1, expected).correct


def test_edge_cases_single_element_all_equal_and_ties_with_k():
    assert count_mean_at_least([5], 5) == 1
    assert count_mean_at_least([5], 6) == 0
    assert count_mean_at_least([3, 3, 3], 3) == 6  # every mean equals K exactly
    assert count_mean_at_least([1, 4, 2], 3) == 2  # the prompt's example
    assert count_mean_at_least([0, 9, 0, 0], 3) == count_by_averaging([0, 9, 0, 0], 3)


def test_generated_problems_keep_k_strictly_inside_the_values():
    for d in (0, 5, 20):
        for seed in range(20):
            inst = ENV.generate(d, seed).instance
            assert min(inst["values"]) < inst["threshold"] < max(inst["values"])


def test_malformed_answers_are_format_errors():
    problem = ENV.generate(1, 4)
    for text in ("", "12 3", "1e3", "9" * 20):
        verdict = ENV.verify(problem, f"<answer>{text}</answer>")
        assert not verdict.correct and not verdict.format_ok
