"""LongestRotatedBorder: the substring-search scan against comparing every rotation directly."""

from __future__ import annotations

import itertools
import random

import pytest

import rlve_gym
from rlve_gym.envs.string.longest_rotated_border import longest_rotated_border

ENV = rlve_gym.make("LongestRotatedBorder")


def border_by_brute_force(text):
    n, best = len(text), 0
    for length in range(1, n // 2 + 1):
        prefix, suffix = text[:length], text[n - length :]
        if any(prefix[k:] + prefix[:k] == suffix for k in range(length)):
            best = length
    return best


def test_worked_example_of_the_prompt():
    assert longest_rotated_border("abbaab") == 2 == border_by_brute_force("abbaab")


@pytest.mark.parametrize("length", range(1, 11))
def test_every_short_binary_string(length):
    for chars in itertools.product("ab", repeat=length):
        text = "".join(chars)
        assert longest_rotated_border(text) == border_by_brute_force(text)


def test_generated_instances_and_checker_match_brute_force():
    sizes = {"max_border": 12, "min_gap": 0, "max_gap": 5}
    for seed in range(80):
        instance = ENV.generate_instance(random.Random(seed), sizes)
        expected = border_by_brute_force(instance["text"])
        assert expected >= 1
        assert ENV.solve(instance) == expected
        assert ENV.check(instance, ENV.parse(str(expected), instance), expected).correct
        assert not ENV.check(instance, ENV.parse(str(expected - 1), instance), expected).correct


def test_edge_cases():
    assert longest_rotated_border("a") == 0
    assert longest_rotated_border("ab") == 0
    assert longest_rotated_border("aaaaa") == 2  # all equal: the longest allowed length
    assert longest_rotated_border("abcxbca") == 3  # abc and bca, odd length
    assert longest_rotated_border("abcabc") == 3


def test_a_planted_answer_is_always_there():
    for d in (0, 4):
        for seed in range(100):
            problem = ENV.generate(d, seed)
            assert int(problem.answer) >= 1 and problem.answer != ENV.answer_example


def test_malformed_answers_are_format_errors():
    problem = ENV.generate(1, 3)
    for text in ("", "2 3", "two", "1.5"):
        v = ENV.verify(problem, f"<answer>{text}</answer>")
        assert not v.correct and not v.format_ok
