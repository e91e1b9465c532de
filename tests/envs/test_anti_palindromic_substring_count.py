"""AntiPalindromicSubstringCount: the Manacher count against checking every substring."""

from __future__ import annotations

import itertools
import random

import pytest

import rlve_gym
from rlve_gym.envs.string.anti_palindromic_substring_count import (
    count_anti_palindromic_substrings,
)

ENV = rlve_gym.make("AntiPalindromicSubstringCount")
FLIP = str.maketrans("01", "10")


def count_by_brute_force(bits):
    return sum(
        1
        for i in range(len(bits))
        for j in range(i + 1, len(bits) + 1)
        if bits[i:j][::-1] == bits[i:j].translate(FLIP)
    )


@pytest.mark.parametrize("length", range(1, 11))
def test_count_matches_brute_force_on_every_short_string(length):
    for chars in itertools.product("01", repeat=length):
        bits = "".join(chars)
        assert count_anti_palindromic_substrings(bits) == count_by_brute_force(bits)


@pytest.mark.parametrize("difficulty", (0, 1, 4, 9))
def test_generated_answers_match_brute_force(difficulty):
    for seed in range(25):
        problem = ENV.generate(difficulty, seed)
        assert int(problem.answer) == count_by_brute_force(problem.instance["bits"])


def test_small_generated_instances_match_brute_force():
    for seed in range(100):
        instance = ENV.generate_instance(random.Random(seed), {"length": 6})
        assert ENV.solve(instance) == count_by_brute_force(instance["bits"])


def test_edge_cases():
    assert count_anti_palindromic_substrings("0") == 0
    assert count_anti_palindromic_substrings("0000") == 0
    assert count_anti_palindromic_substrings("01") == 1
    assert count_anti_palindromic_substrings("0101") == 4  # 01, 10, 01, 0101
    assert count_anti_palindromic_substrings("0011") == 2  # 01, 0011


def test_wrong_and_malformed_answers():
    problem = ENV.generate(2, 5)
    right = int(problem.answer)
    assert ENV.verify(problem, f"<answer>{right}</answer>").correct
    for text in (str(right + 1), str(right - 1), "0"):
        assert not ENV.verify(problem, f"<answer>{text}</answer>").correct
    for text in ("", "twelve", "1 2", "9" * 20):
        v = ENV.verify(problem, f"<answer>{text}</answer>")
        assert not v.correct and not v.format_ok
