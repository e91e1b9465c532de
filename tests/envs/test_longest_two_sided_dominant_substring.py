"""LongestTwoSidedDominantSubstring: the prefix-sum scan against checking every stretch, and the
checker accepting exactly the longest qualifying stretches."""

from __future__ import annotations

import itertools
import random

import pytest

import rlve_gym
from rlve_gym.envs.string.longest_two_sided_dominant_substring import (
    longest_dominant_stretch,
    qualifies,
)

ENV = rlve_gym.make("LongestTwoSidedDominantSubstring")


def stretch_ok_by_counting(text, left, right):
    """0-based inclusive; counts letters of every prefix and suffix afresh."""
    piece = text[left : right + 1]
    parts = [piece[:k] for k in range(1, len(piece) + 1)] + [piece[k:] for k in range(len(piece))]
    return all(part.count("p") >= part.count("j") for part in parts)


def longest_by_brute_force(text):
    return max(
        (
            r - l + 1
            for l in range(len(text))
            for r in range(l, len(text))
            if stretch_ok_by_counting(text, l, r)
        ),
        default=0,
    )


def test_worked_example_of_the_prompt():
    assert longest_dominant_stretch("jppjpjjp") == (4, 1)
    assert not qualifies("jppjpjjp", 1, 5)


@pytest.mark.parametrize("length", range(1, 12))
def test_every_short_row(length):
    for chars in itertools.product("pj", repeat=length):
        text = "".join(chars)
        best, start = longest_dominant_stretch(text)
        assert best == longest_by_brute_force(text)
        if best:
            assert stretch_ok_by_counting(text, start, start + best - 1)


def test_qualifies_agrees_with_counting():
    for seed in range(20):
        text = "".join(random.Random(seed).choice("pj") for _ in range(10))
        for left in range(10):
            for right in range(left, 10):
                assert qualifies(text, left, right) == stretch_ok_by_counting(text, left, right)


@pytest.mark.parametrize("seed", range(12))
def test_exactly_the_longest_qualifying_stretches_are_accepted(seed):
    instance = ENV.generate_instance(random.Random(seed), {"length": 14})
    text = instance["text"]
    best = longest_by_brute_force(text)
    assert instance["best_length"] == best >= 4
    assert not stretch_ok_by_counting(text, 0, len(text) - 1)
    accepted = 0
    for left in range(1, len(text) + 1):
        for right in range(left, len(text) + 1):
            v = ENV.check(instance, ENV.parse(f"{left} {right}", instance), None)
            expected = right - left + 1 == best and stretch_ok_by_counting(
                text, left - 1, right - 1
            )
            assert v.correct == expected, (left, right, v)
            accepted += expected
    assert accepted >= 1
    assert ENV.check(instance, ENV.solve(instance), None).correct


def test_every_generated_row_has_a_long_stretch_and_fails_as_a_whole():
    for length in (5, 6, 8):  # short rows often need the fallback row
        for seed in range(30):
            text = ENV.generate_instance(random.Random(seed), {"length": length})["text"]
            assert len(text) == length
            assert longest_by_brute_force(text) >= 4
            assert not stretch_ok_by_counting(text, 0, length - 1)


def test_out_of_range_reversed_and_malformed_answers():
    problem = ENV.generate(2, 5)
    n = len(problem.instance["text"])
    for text in ("0 3", f"3 {n + 1}", "5 4"):
        v = ENV.verify(problem, f"<answer>{text}</answer>")
        assert not v.correct and "1 <= l <= r" in v.reason
    for text in ("", "3", "1 2 3", "a b"):
        v = ENV.verify(problem, f"<answer>{text}</answer>")
        assert not v.correct and not v.format_ok
    for miss in ENV.near_misses(problem):
        assert not ENV.verify(problem, f"<answer>{miss}</answer>").correct
