"""MaxWeightPalindrome: the palindromic tree against counting every substring, and every
palindrome of the largest weight accepted."""

from __future__ import annotations

import itertools
import random
from collections import Counter

import pytest

import rlve_gym
from rlve_gym.envs.string.max_weight_palindrome import palindrome_occurrences

ENV = rlve_gym.make("MaxWeightPalindrome")


def palindrome_counts_by_brute_force(text):
    counts = Counter(text[i:j] for i in range(len(text)) for j in range(i + 1, len(text) + 1))
    return {w: k for w, k in counts.items() if w == w[::-1]}


def verdict(problem, text):
    return ENV.verify(problem, f"<answer>{text}</answer>")


@pytest.mark.parametrize("length", range(1, 10))
def test_palindromic_tree_counts_match_brute_force(length):
    for letters in itertools.product("abc", repeat=min(length, 7)):
        text = "".join(letters) * (1 + length // 7)
        assert palindrome_occurrences(text) == palindrome_counts_by_brute_force(text)


def test_random_strings_match_brute_force():
    rng = random.Random(3)
    for _ in range(200):
        text = "".join(rng.choice("abcdef"[: rng.randint(1, 6)]) for _ in range(rng.randint(1, 40)))
        assert palindrome_occurrences(text) == palindrome_counts_by_brute_force(text)


@pytest.mark.parametrize("difficulty", (0, 2, 7))
def test_every_palindrome_of_the_largest_weight_and_nothing_else_is_accepted(difficulty):
    for seed in range(10):
        problem = ENV.generate(difficulty, seed)
        instance = problem.instance
        counts = palindrome_counts_by_brute_force(instance["text"])
        best = max(len(w) * k for w, k in counts.items())
        assert instance["best_weight"] == best
        for word, k in counts.items():
            assert ENV.check(instance, word, None).correct == (len(word) * k == best)
        assert verdict(problem, problem.answer).correct


def test_ties_between_different_palindromes_are_all_accepted():
    instance = {"text": "abaxcdc", "best_weight": 3}  # aba, cdc: 3; a, c: 2
    for word in ("aba", "cdc"):
        assert ENV.check(instance, word, None).correct
    assert not ENV.check(instance, "a", None).correct


def test_checker_reasons_and_malformed_answers():
    problem = ENV.generate(1, 6)
    for miss in ENV.near_misses(problem):
        assert not verdict(problem, miss).correct
    assert "not a palindrome" in verdict(problem, "ab").reason
    assert "does not occur" in verdict(problem, "abcdefedcba").reason
    for bad in ("", "xyz", "a b a", "1"):
        v = verdict(problem, bad)
        assert not v.correct and not v.format_ok
