"""SlidingWindowMinimums: the deque solver against min() over every slice, and the checker."""

from __future__ import annotations

import random

import pytest

import rlve_gym
from rlve_gym.envs.sequence_array.sliding_window_minimums import window_minima

ENV = rlve_gym.make("SlidingWindowMinimums")


def minima_by_slicing(values, k):
    return [min(values[i : i + k]) for i in range(len(values) - k + 1)]


def verdict(problem, text):
    return ENV.verify(problem, f"<answer>{text}</answer>")


@pytest.mark.parametrize("length", (3, 5, 8, 13))
def test_solver_matches_slicing_on_small_random_arrays(length):
    rng = random.Random(length)
    for _ in range(200):
        values = [rng.randint(-3, 3) for _ in range(length)]  # many ties
        k = rng.randint(1, length)
        assert window_minima(values, k) == minima_by_slicing(values, k)


def test_generated_references_match_slicing():
    for d in (0, 1, 3, 10, 25):
        for seed in range(30):
            problem = ENV.generate(d, seed)
            inst = problem.instance
            n, k = len(inst["values"]), inst["window"]
            assert 2 <= k <= max(3, n // 3)
            expected = minima_by_slicing(inst["values"], k)
            assert problem.answer == " ".join(map(str, expected))
            assert verdict(problem, ", ".join(map(str, expected))).correct


def test_edge_cases_all_equal_window_one_and_whole_array():
    assert window_minima([5, 5, 5, 5], 2) == [5, 5, 5]
    assert window_minima([4, 2, 5, 1], 1) == [4, 2, 5, 1]
    assert window_minima([4, 2, 5, 1], 4) == [1]
    assert window_minima([4, 2, 5, 1], 3) == [2, 1]


def test_wrong_length_and_wrong_values_are_rejected():
    problem = ENV.generate(4, 9)
    ref = [int(t) for t in problem.answer.split()]
    for answer, why in (
        (ref[:-1], "one minimum per window"),
        (ref + [ref[-1]], "one minimum per window"),
        (ref[:-1] + [ref[-1] + 1], "window starting at"),
        ([ref[0] - 1] + ref[1:], "window starting at 1"),
    ):
        v = verdict(problem, " ".join(map(str, answer)))
        assert not v.correct and v.format_ok and why in v.reason


def test_malformed_answers_are_format_failures():
    problem = ENV.generate(0, 2)
    for text in ("", "a b", "1 2.5", " ".join(["1"] * 20)):
        v = verdict(problem, text)
        assert not v.correct and not v.format_ok
