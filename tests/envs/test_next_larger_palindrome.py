"""NextLargerPalindrome: the solver against counting upward until a palindrome appears."""

from __future__ import annotations

import random

import pytest

import rlve_gym
from rlve_gym.envs.arithmetic.next_larger_palindrome import next_palindrome

ENV = rlve_gym.make("NextLargerPalindrome")


def count_up_to_palindrome(n):
    m = n + 1
    while str(m) != "".join(reversed(str(m))):
        m += 1
    return m


def test_every_small_number_matches_counting_up():
    for n in range(0, 12_000):
        assert next_palindrome(n) == count_up_to_palindrome(n), n


@pytest.mark.parametrize("digits", (3, 4, 5, 6))
def test_generated_instances_of_every_kind_match_counting_up(digits):
    for seed in range(150):
        instance = ENV.generate_instance(random.Random(seed), {"digits": digits})
        n = instance["n"]
        assert len(str(n)) == digits
        assert ENV.solve(instance) == count_up_to_palindrome(n)


def test_the_tricky_kinds_all_occur():
    palindromes = carries = all_nines = 0
    for seed in range(400):
        n = ENV.generate(5, seed).instance["n"]
        s = str(n)
        half = s[: (len(s) + 1) // 2]
        palindromes += s == s[::-1]
        all_nines += set(s) == {"9"}
        carries += half.endswith("9") and int(half + half[: len(s) // 2][::-1]) <= n
    assert palindromes >= 40 and carries >= 40 and all_nines >= 1


def test_hand_written_cases():
    assert next_palindrome(999) == 1001
    assert next_palindrome(121) == 131
    assert next_palindrome(1991) == 2002
    assert next_palindrome(12921) == 13031
    assert next_palindrome(808) == 818


def test_malformed_and_near_answers():
    problem = ENV.generate(2, 5)
    answer = int(problem.answer)
    assert not ENV.verify(problem, f"<answer>{answer + 1}</answer>").correct
    assert not ENV.verify(problem, f"<answer>{problem.instance['n']}</answer>").correct
    for text in ("", "1e5", "12 21", "9" * 40):
        v = ENV.verify(problem, f"<answer>{text}</answer>")
        assert not v.correct and not v.format_ok
