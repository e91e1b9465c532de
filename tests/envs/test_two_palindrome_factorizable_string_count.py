"""TwoPalindromeFactorizableStringCount: the divisor-corrected formula against listing every
string and trying every cut."""

from __future__ import annotations

import itertools
import random
import string

import pytest

import rlve_gym
from rlve_gym.envs.string.two_palindrome_factorizable_string_count import (
    MODULUS,
    split_counts_by_length,
)

ENV = rlve_gym.make("TwoPalindromeFactorizableStringCount")


def double_palindromes_by_brute_force(length, letters):
    alphabet = string.ascii_lowercase[:letters]
    found = 0
    for chars in itertools.product(alphabet, repeat=length):
        word = "".join(chars)
        if any(
            word[:cut] == word[:cut][::-1] and word[cut:] == word[cut:][::-1]
            for cut in range(1, length)
        ):
            found += 1
    return found


@pytest.mark.parametrize("letters, longest", ((1, 8), (2, 12), (3, 8), (4, 6), (5, 5)))
def test_counts_per_length_match_brute_force(letters, longest):
    counts = split_counts_by_length(longest, letters)
    assert counts == [double_palindromes_by_brute_force(n, letters) for n in range(longest + 1)]


def test_generated_answers_match_brute_force_on_small_ranges():
    for seed in range(60):
        instance = ENV.generate_instance(random.Random(seed), {"max_len": 6})
        if instance["letters"] ** instance["longest"] > 50_000:
            continue
        expected = sum(
            double_palindromes_by_brute_force(n, instance["letters"])
            for n in range(instance["shortest"], instance["longest"] + 1)
        )
        assert ENV.solve(instance) == expected % MODULUS


def test_large_counts_are_reduced_modulo_the_prime():
    instance = {"shortest": 1, "longest": 60, "letters": 16}
    exact = sum(split_counts_by_length(60, 16))
    assert exact > MODULUS and ENV.solve(instance) == exact % MODULUS


def test_single_letters_and_one_letter_alphabets():
    assert split_counts_by_length(1, 7) == [0, 0]
    assert split_counts_by_length(5, 1) == [0, 0, 1, 1, 1, 1]


def test_wrong_and_malformed_answers():
    problem = ENV.generate(0, 4)
    right = int(problem.answer)
    assert ENV.verify(problem, f"<answer>{right}</answer>").correct
    assert not ENV.verify(problem, f"<answer>{right + 1}</answer>").correct
    for text in ("", "12 mod p", "1e9"):
        v = ENV.verify(problem, f"<answer>{text}</answer>")
        assert not v.correct and not v.format_ok
