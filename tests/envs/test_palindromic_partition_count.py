"""PalindromicPartitionCount: the Manacher-based DP against trying every set of cut positions."""

from __future__ import annotations

import itertools
import random

import pytest

import rlve_gym
from rlve_gym.envs.string.palindromic_partition_count import (
    palindromic_partitions,
    palindromic_pieces_ending_at,
)

ENV = rlve_gym.make("PalindromicPartitionCount")


def partitions_by_brute_force(text):
    n, count = len(text), 0
    for cuts in itertools.product((False, True), repeat=n - 1):
        bounds = [0] + [i + 1 for i, cut in enumerate(cuts) if cut] + [n]
        pieces = [text[a:b] for a, b in itertools.pairwise(bounds)]
        count += all(piece == piece[::-1] for piece in pieces)
    return count


def test_worked_example_of_the_prompt():
    assert palindromic_partitions("aab") == 2 == partitions_by_brute_force("aab")


@pytest.mark.parametrize("length", range(1, 9))
def test_every_short_string_over_three_letters(length):
    for chars in itertools.product("abc", repeat=min(length, 6)):
        text = "".join(chars)
        assert palindromic_partitions(text) == partitions_by_brute_force(text)


def test_palindromic_substrings_are_exactly_the_palindromes():
    for seed in range(30):
        text = "".join(random.Random(seed).choice("ab") for _ in range(12))
        starts = palindromic_pieces_ending_at(text)
        for end in range(len(text)):
            expected = {j for j in range(end + 1) if text[j : end + 1] == text[j : end + 1][::-1]}
            assert sorted(starts[end]) == sorted(expected)


def test_generated_instances_and_checker_match_brute_force():
    for seed in range(40):
        instance = ENV.generate_instance(random.Random(seed), {"length": 12})
        expected = partitions_by_brute_force(instance["text"])
        assert ENV.solve(instance) == expected
        assert ENV.check(instance, ENV.parse(str(expected), instance), expected).correct
        assert not ENV.check(instance, ENV.parse(str(expected - 1), instance), expected).correct


def test_all_equal_letters_allow_every_cutting():
    assert palindromic_partitions("a" * 10) == 2**9
    assert palindromic_partitions("x") == 1


def test_the_example_answer_is_never_right():
    for seed in range(100):
        assert ENV.generate(0, seed).answer != "1"


def test_malformed_answers_are_format_errors():
    problem = ENV.generate(1, 3)
    for text in ("", "2 3", "two", "9" * 40):
        v = ENV.verify(problem, f"<answer>{text}</answer>")
        assert not v.correct and not v.format_ok
