"""LongestTwoPalindromeConcatenation: the radii passes against trying every triple, and every
optimal triple accepted."""

from __future__ import annotations

import itertools
import random

import pytest

import rlve_gym
from rlve_gym.envs.string.longest_two_palindrome_concatenation import (
    longest_palindromes_ending_and_starting,
)

ENV = rlve_gym.make("LongestTwoPalindromeConcatenation")


def palindrome(word):
    return all(word[t] == word[-1 - t] for t in range(len(word) // 2))


def valid_triples(text):
    n = len(text)
    for i, j, k in itertools.combinations_with_replacement(range(1, n + 1), 3):
        if j < k and palindrome(text[i - 1 : j]) and palindrome(text[j:k]):
            yield i, j, k


def best_by_brute_force(text):
    return max(k - i + 1 for i, j, k in valid_triples(text))


def verdict(problem, text):
    return ENV.verify(problem, f"<answer>{text}</answer>")


@pytest.mark.parametrize("length", range(1, 9))
def test_longest_ending_and_starting_palindromes(length):
    for letters in itertools.product("ab", repeat=length):
        text = "".join(letters)
        ending, starting = longest_palindromes_ending_and_starting(text)
        for e in range(length):
            assert ending[e] == max(e - x + 1 for x in range(e + 1) if palindrome(text[x : e + 1]))
        for s in range(length):
            assert starting[s] == max(
                y - s for y in range(s + 1, length + 1) if palindrome(text[s:y])
            )


def test_reference_and_optimum_match_brute_force():
    for seed in range(150):
        size = 2 + seed % 12
        instance = ENV.generate_instance(random.Random(seed), {"length": size})
        assert instance["best_length"] == best_by_brute_force(instance["text"])
        assert ENV.check(instance, ENV.solve(instance), None).correct
    problem = ENV.generate(3, 1)
    assert problem.instance["best_length"] == best_by_brute_force(problem.instance["text"])


@pytest.mark.parametrize("seed", range(6))
def test_exactly_the_optimal_triples_are_accepted(seed):
    instance = ENV.generate_instance(random.Random(seed), {"length": 9})
    text, n = instance["text"], 9
    valid = set(valid_triples(text))
    accepted = 0
    for triple in itertools.product(range(0, n + 2), repeat=3):
        v = ENV.check(instance, list(triple), None)
        expected = triple in valid and triple[2] - triple[0] + 1 == instance["best_length"]
        assert v.correct == expected, (triple, v)
        accepted += v.correct
    assert accepted >= 1


def test_all_equal_letters_accept_every_split_of_the_whole_string():
    instance = {"text": "aaaaa", "best_length": 5}
    assert all(ENV.check(instance, [1, j, 5], None).correct for j in range(1, 5))
    assert not ENV.check(instance, [1, 5, 5], None).correct


def test_checker_reasons_and_malformed_answers():
    problem = ENV.generate(2, 3)
    assert verdict(problem, problem.answer).correct
    for miss in ENV.near_misses(problem):
        assert not verdict(problem, miss).correct
    assert "1 <= i <= j < k" in verdict(problem, "3 2 4").reason
    for bad in ("", "1 2", "1 2 3 4", "a b c"):
        v = verdict(problem, bad)
        assert not v.correct and not v.format_ok
