"""LongestSquareOfEvenPalindrome: the radii search against checking every substring, and every
longest substring accepted."""

from __future__ import annotations

import itertools

import pytest

import rlve_gym
from rlve_gym.envs.string.longest_square_of_even_palindrome import (
    is_square_of_even_palindrome,
    longest_square_of_even_palindrome,
)

ENV = rlve_gym.make("LongestSquareOfEvenPalindrome")


def of_the_form(word):
    if len(word) == 0 or len(word) % 4:
        return False
    x = word[: len(word) // 4]
    return word == x + x[::-1] + x + x[::-1]


def best_by_brute_force(text):
    return max(
        (
            j - i
            for i in range(len(text))
            for j in range(i + 1, len(text) + 1)
            if of_the_form(text[i:j])
        ),
        default=0,
    )


def verdict(problem, text):
    return ENV.verify(problem, f"<answer>{text}</answer>")


@pytest.mark.parametrize("length", range(1, 15))
def test_longest_length_matches_brute_force_on_every_short_string(length):
    for letters in itertools.product("ab", repeat=length):
        text = "".join(letters)
        start, found = longest_square_of_even_palindrome(text)
        assert found == best_by_brute_force(text)
        assert found == 0 or of_the_form(text[start : start + found])


def test_generated_instances_match_brute_force():
    for d in (0, 2, 6):
        for seed in range(15):
            problem = ENV.generate(d, seed)
            text = problem.instance["text"]
            assert (
                problem.instance["best_length"] == best_by_brute_force(text) == len(problem.answer)
            )
            assert of_the_form(problem.answer) and problem.answer in text


def test_every_longest_substring_is_accepted_and_nothing_else():
    for seed in range(10):
        problem = ENV.generate(0, seed)
        instance, text = problem.instance, problem.instance["text"]
        best = instance["best_length"]
        for i in range(len(text)):
            for j in range(i + 1, len(text) + 1):
                word = text[i:j]
                assert ENV.check(instance, word, None).correct == (
                    of_the_form(word) and j - i == best
                )


def test_form_check():
    assert is_square_of_even_palindrome("aaaa") and is_square_of_even_palindrome("abbaabba")
    assert not is_square_of_even_palindrome("abba") and not is_square_of_even_palindrome("")
    assert not is_square_of_even_palindrome("abbaabab")


def test_checker_reasons_and_malformed_answers():
    problem = ENV.generate(1, 2)
    assert verdict(problem, problem.answer).correct
    for miss in ENV.near_misses(problem):
        assert not verdict(problem, miss).correct
    assert "not of the form" in verdict(problem, "abab").reason
    long_word = "ab" * 4
    long_form = long_word + long_word[::-1] + long_word + long_word[::-1]
    assert "not a substring" in verdict(problem, long_form).reason
    short = next(w for w in ("aaaa", "bbbb") if w in problem.instance["text"])
    assert "not the largest" in verdict(problem, short).reason
    for bad in ("", "abc", "a b b a"):
        v = verdict(problem, bad)
        assert not v.correct and not v.format_ok
