"""MaxGcdFromTwoRanges: block search against all pairs; every optimal pair is accepted."""

from __future__ import annotations

import math
import random

import pytest

import rlve_gym
from rlve_gym.envs.number_theory.max_gcd_from_two_ranges import max_gcd_pair

ENV = rlve_gym.make("MaxGcdFromTwoRanges")


def brute(a, b, c, d):
    return max(math.gcd(x, y) for x in range(a, b + 1) for y in range(c, d + 1))


def test_random_small_ranges_match_all_pairs():
    rng = random.Random(4)
    for _ in range(3000):
        a, c = rng.randint(1, 60), rng.randint(1, 60)
        b, d = a + rng.randint(0, 25), c + rng.randint(0, 25)
        g, x, y = max_gcd_pair(a, b, c, d)
        assert g == brute(a, b, c, d)
        assert a <= x <= b and c <= y <= d and math.gcd(x, y) == g


@pytest.mark.parametrize("difficulty", range(2))
def test_checker_accepts_exactly_the_optimal_pairs(difficulty):
    for seed in range(10):
        problem = ENV.generate(difficulty, seed)
        inst = problem.instance
        best = brute(inst["a"], inst["b"], inst["c"], inst["d"])
        assert inst["best"] == best
        for x in range(inst["a"], inst["b"] + 1):
            for y in range(inst["c"], inst["d"] + 1):
                assert ENV.check(inst, [x, y], None).correct == (math.gcd(x, y) == best)


def test_edge_cases():
    assert max_gcd_pair(5, 5, 7, 7)[0] == 1  # single points, coprime
    assert max_gcd_pair(1, 10, 11, 20)[0] == 10  # (10, 20)
    assert max_gcd_pair(13, 13, 26, 30)[0] == 13  # a prime and its double
    inst = {"a": 4, "b": 6, "c": 9, "d": 12, "best": 6}
    assert ENV.check(inst, [6, 12], None).correct
    assert not ENV.check(inst, [4, 12], None).correct  # gcd 4, not the largest
    assert not ENV.check(inst, [12, 6], None).correct  # swapped: out of range
    problem = ENV.generate(2, 0)
    assert not ENV.verify(problem, "<answer>7</answer>").format_ok


def test_blind_range_ends_are_rarely_optimal():
    # regression: with values up to 10 at level 0, X = B, Y = D was optimal on 28% of seeds
    for difficulty in (0, 1, 3):
        hits = 0
        for seed in range(100):
            problem = ENV.generate(difficulty, seed)
            i = problem.instance
            for x, y in ((i["b"], i["d"]), (i["a"], i["c"])):
                hits += ENV.verify(problem, f"<answer>{x} {y}</answer>").correct
        assert hits <= 12
