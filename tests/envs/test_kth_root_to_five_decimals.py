"""KthRootToFiveDecimals: the exact rounding against Fraction comparisons and decimal search."""

from __future__ import annotations

import random
from fractions import Fraction

import pytest

import rlve_gym
from rlve_gym.envs.arithmetic.kth_root_to_five_decimals import integer_root, rounded_root

ENV = rlve_gym.make("KthRootToFiveDecimals")


def nearest_five_decimals(n, k):
    """Independent: binary search the largest m with (m / 10^5)^k <= n using Fractions, then
    round by comparing n with the k-th power of the midpoint (m + 1/2) / 10^5."""
    low, high = 0, 10**5 * (n + 1)
    while low < high:
        mid = (low + high + 1) // 2
        if Fraction(mid, 10**5) ** k <= n:
            low = mid
        else:
            high = mid - 1
    midpoint = Fraction(2 * low + 1, 2 * 10**5)
    return low + 1 if midpoint**k <= n else low


def test_integer_root_against_linear_search():
    for k in range(1, 7):
        root = 0
        for x in range(0, 5000):
            while (root + 1) ** k <= x:
                root += 1
            assert integer_root(x, k) == root, (x, k)
    big = 12345678901234567890**7 + 5
    assert integer_root(big, 7) == 12345678901234567890


@pytest.mark.parametrize("k", (2, 3, 4, 7))
def test_rounding_matches_fraction_search(k):
    rng = random.Random(k)
    for n in [1, 2, 8, 27, 1000, 999, 10**6] + [rng.randint(2, 10**9) for _ in range(60)]:
        assert rounded_root(n, k) == nearest_five_decimals(n, k), (n, k)


def test_generated_answers_are_formatted_and_verify():
    for d in (0, 2, 3, 7, 15):
        for seed in range(25):
            problem = ENV.generate(d, seed)
            n, k = problem.instance["n"], problem.instance["k"]
            whole, fraction = problem.answer.split(".")
            assert len(fraction) == 5
            assert int(whole + fraction) == nearest_five_decimals(n, k)
            assert ENV.verify(problem, f"<answer>{problem.answer}</answer>").correct


def test_examples_in_the_prompt():
    assert ENV.format_answer(rounded_root(2, 2)) == "1.41421"
    assert ENV.format_answer(rounded_root(8, 3)) == "2.00000"
    assert ENV.format_answer(rounded_root(10, 2)) == "3.16228"  # 3.162277... rounds up


def test_off_by_one_digit_and_malformed_answers():
    problem = ENV.generate(4, 9)
    value = ENV.parse(problem.answer, problem.instance)
    for other in (value - 1, value + 1):
        text = ENV.format_answer(other)
        assert not ENV.verify(problem, f"<answer>{text}</answer>").correct
    truncated = problem.answer[:-1]
    for text in (truncated, problem.answer + "0", "", "1e3", "-1.00000", "3,16228", "1" * 80):
        v = ENV.verify(problem, f"<answer>{text}</answer>")
        assert not v.correct and not v.format_ok
