"""SmallerRunLengthSum: the monotonic stack against walking right from every position."""

from __future__ import annotations

import random

import pytest

import rlve_gym
from rlve_gym.envs.sequence_array.smaller_run_length_sum import next_greater_or_equal

ENV = rlve_gym.make("SmallerRunLengthSum")


def run_sum_by_walking(values):
    total = 0
    for i, v in enumerate(values):
        j = i + 1
        while j < len(values) and values[j] < v:
            j += 1
        total += j - i - 1
    return total


def verdict(problem, text):
    return ENV.verify(problem, f"<answer>{text}</answer>")


@pytest.mark.parametrize("length", range(1, 12))
def test_solver_matches_walking_on_small_generated_arrays(length):
    for seed in range(40):
        instance = ENV.generate_instance(
            random.Random(seed), {"length": length + 1, "max_value": max(1, length // 2)}
        )
        assert ENV.solve(instance) == run_sum_by_walking(instance["values"])


@pytest.mark.parametrize("difficulty", (0, 3, 10, 20))
def test_generated_answers_match_walking_and_verify(difficulty):
    for seed in range(10):
        problem = ENV.generate(difficulty, seed)
        expected = run_sum_by_walking(problem.instance["values"])
        assert problem.answer == str(expected)
        assert verdict(problem, expected).correct
        assert not verdict(problem, expected + 1).correct


def test_edge_cases_equal_values_stop_runs_and_decreasing_arrays_run_to_the_end():
    assert next_greater_or_equal([4]) == [1]
    assert ENV.solve({"values": [7]}) == 0
    assert ENV.solve({"values": [5, 5, 5, 5]}) == 0  # an equal element stops the run at once
    assert ENV.solve({"values": [4, 3, 2, 1]}) == 3 + 2 + 1
    assert ENV.solve({"values": [1, 2, 3, 4]}) == 0
    assert ENV.solve({"values": [3, 1, 2, 3, 5]}) == 2  # the prompt's example


def test_malformed_answers_are_format_errors():
    problem = ENV.generate(2, 1)
    for text in ("", "12 3", "x", "1" * 20):
        v = verdict(problem, text)
        assert not v.correct and not v.format_ok
