"""DigitRunScoreRangeSum: the counting solver against scoring every number of the range."""

from __future__ import annotations

import itertools
import random

import pytest

import rlve_gym
from rlve_gym.envs.arithmetic.digit_run_score_range_sum import range_run_score, run_score

ENV = rlve_gym.make("DigitRunScoreRangeSum")


def score_by_groupby(x):
    return sum(int(d) * len(list(run)) ** 2 for d, run in itertools.groupby(str(x)))


def brute_force(low, high):
    return sum(score_by_groupby(x) for x in range(low, high + 1))


def test_run_score_examples():
    assert run_score(1223) == 12
    assert run_score(7770) == 63
    assert run_score(5) == 5
    assert run_score(100) == 1
    assert run_score(99999) == 9 * 25
    for x in range(1, 3000):
        assert run_score(x) == score_by_groupby(x)


def test_every_prefix_range_up_to_a_few_thousand():
    running = 0
    for x in range(1, 2500):
        running += score_by_groupby(x)
        assert range_run_score(1, x) == running, x


def test_random_ranges_with_more_digits():
    rng = random.Random(11)
    for _ in range(40):
        high = rng.randint(2, 120_000)
        low = rng.randint(1, high)
        if high - low > 30_000:
            low = high - rng.randint(0, 30_000)
        assert range_run_score(low, high) == brute_force(low, high), (low, high)


@pytest.mark.parametrize("difficulty", (0, 1, 2, 3))
def test_generated_instances_match_brute_force(difficulty):
    for seed in range(8 if difficulty == 3 else 25):
        problem = ENV.generate(difficulty, seed)
        inst = problem.instance
        assert 1 <= inst["low"] < inst["high"]
        assert int(problem.answer) == brute_force(inst["low"], inst["high"])


def test_malformed_answers():
    problem = ENV.generate(2, 2)
    for text in ("", "12 13", "1.5e3", "8" * 60):
        v = ENV.verify(problem, f"<answer>{text}</answer>")
        assert not v.correct and not v.format_ok
