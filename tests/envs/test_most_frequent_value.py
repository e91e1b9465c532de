"""MostFrequentValue: every value judged against counts taken by sorting; ties all accepted."""

from __future__ import annotations

import itertools
import random

import pytest

import rlve_gym

ENV = rlve_gym.make("MostFrequentValue")


def verdict_for(instance, value):
    return ENV.check(instance, ENV.parse(str(value), instance), None)


def modes_by_sorting(values):
    """Values of the longest run of equal values in sorted order (all of them when runs tie)."""
    runs = [(len(list(group)), value) for value, group in itertools.groupby(sorted(values))]
    longest = max(length for length, _ in runs)
    return {value for length, value in runs if length == longest}


@pytest.mark.parametrize("length,pool", [(3, 2), (6, 3), (9, 4), (12, 6)])
def test_exactly_the_modes_are_accepted(length, pool):
    for seed in range(40):
        sizes = {"length": length, "pool": pool, "max_value": 12}
        instance = ENV.generate_instance(random.Random(seed), sizes)
        modes = modes_by_sorting(instance["values"])
        assert ENV.solve(instance) in modes
        for value in range(-1, 14):
            assert verdict_for(instance, value).correct == (value in modes), (instance, value)


def test_ties_accept_each_tied_value():
    instance = {"values": [7, 3, 7, 3, 9], "largest_count": 2}
    assert verdict_for(instance, 7).correct and verdict_for(instance, 3).correct
    assert "occurs 1 times" in verdict_for(instance, 9).reason
    assert "does not occur" in verdict_for(instance, 4).reason


def test_single_and_all_equal_arrays():
    assert verdict_for({"values": [5], "largest_count": 1}, 5).correct
    instance = {"values": [4, 4, 4], "largest_count": 3}
    assert verdict_for(instance, 4).correct and not verdict_for(instance, 3).correct


def test_generated_problems_verify_and_malformed_answers_are_rejected():
    for d in (0, 4, 20):
        problem = ENV.generate(d, 3)
        assert ENV.verify(problem, f"<answer>{problem.answer}</answer>").correct
        assert problem.instance["largest_count"] == max(
            problem.instance["values"].count(v) for v in problem.instance["values"]
        )
    problem = ENV.generate(2, 1)
    for text in ("", "5 8", "five", "1" * 30):
        v = ENV.verify(problem, f"<answer>{text}</answer>")
        assert not v.correct and not v.format_ok
    assert not ENV.verify(problem, "<answer>0</answer>").correct
