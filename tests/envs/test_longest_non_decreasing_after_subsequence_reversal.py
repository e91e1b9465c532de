"""LongestNonDecreasingAfterSubsequenceReversal: the interval DP against every reversal."""

from __future__ import annotations

import bisect
import collections
import random

import pytest

import rlve_gym
from rlve_gym.envs.dp_optimization.longest_non_decreasing_after_subsequence_reversal import (
    longest_after_reversal,
)

ENV = rlve_gym.make("LongestNonDecreasingAfterSubsequenceReversal")


def lnds(values):
    tails = []
    for x in values:
        i = bisect.bisect_right(tails, x)
        tails[i : i + 1] = [x]
    return len(tails)


def brute_force(values):
    """Try every subset of positions as the reversed subsequence."""
    n, best = len(values), 0
    for mask in range(1 << n):
        chosen = [i for i in range(n) if mask >> i & 1]
        after = values[:]
        for i, j in zip(chosen, reversed(chosen)):
            after[i] = values[j]
        best = max(best, lnds(after))
    return best


@pytest.mark.parametrize("n", range(1, 11))
def test_dp_matches_every_reversal(n):
    rng = random.Random(n)
    for _ in range(25 if n < 10 else 8):
        values = [rng.randint(1, rng.choice((1, 2, 3, 6, 20))) for _ in range(n)]
        assert longest_after_reversal(values) == brute_force(values), values


def test_hand_cases():
    assert longest_after_reversal([3, 2, 1]) == 3
    assert longest_after_reversal([5, 5, 5, 5]) == 4
    assert longest_after_reversal([2, 3, 1]) == 2
    assert longest_after_reversal([1, 2, 3, 4]) == 4
    assert longest_after_reversal([4, 1, 3, 2, 5]) == 4  # reverse 4 and 2: 2 1 3 4 5


def test_generated_answers_hit_the_target_window_evenly():
    answers = collections.Counter(int(ENV.generate(0, seed).answer) for seed in range(150))
    assert min(answers) >= 2 and len(answers) >= 50
    assert max(answers.values()) <= 8


def test_reference_verifies_and_wrong_numbers_do_not():
    problem = ENV.generate(3, 4)
    right = int(problem.answer)
    verdict = lambda text: ENV.verify(problem, f"<answer>{text}</answer>")  # noqa: E731
    assert verdict(str(right)).correct
    assert not verdict(str(right + 1)).correct and not verdict(str(right - 1)).correct
    assert not verdict("1").correct
    assert not verdict("three").format_ok
