"""RaiseRangesForLongestRun: the suffix-raise DP against every multiset of ranges on short rows."""

from __future__ import annotations

import itertools
import random

import pytest

import rlve_gym
from rlve_gym.envs.dp_optimization.raise_ranges_for_longest_run import (
    best_raises,
    one_raise_helps,
)

ENV = rlve_gym.make("RaiseRangesForLongestRun")


def lnds_quadratic(values):
    best = [1] * len(values)
    for i in range(len(values)):
        for j in range(i):
            if values[j] <= values[i]:
                best[i] = max(best[i], best[j] + 1)
    return max(best, default=0)


def apply(heights, ranges):
    out = list(heights)
    for left, right in ranges:
        for i in range(left - 1, right):
            out[i] += 1
    return out


def brute_force_best(heights, k):
    n = len(heights)
    ranges = [(a, b) for a in range(1, n + 1) for b in range(a, n + 1)]
    return max(
        lnds_quadratic(apply(heights, chosen))
        for count in range(k + 1)
        for chosen in itertools.combinations_with_replacement(ranges, count)
    )


def check(instance, text):
    return ENV.check(instance, ENV.parse(text, instance), None)


@pytest.mark.parametrize("n,k", [(1, 1), (3, 1), (4, 2), (5, 2), (5, 3), (6, 2)])
def test_solver_matches_every_choice_of_ranges(n, k):
    rng = random.Random(n * 10 + k)
    for _ in range(10):
        heights = [rng.randint(1, 5) for _ in range(n)]
        best, ranges = best_raises(heights, k)
        assert best == brute_force_best(heights, k)
        assert len(ranges) <= k and lnds_quadratic(apply(heights, ranges)) == best


def test_generated_optimum_matches_brute_force():
    for seed in range(4):
        sizes = {"heights": 6, "operations": 2, "max_height": 4}
        instance = ENV.generate_instance(random.Random(seed), sizes)
        assert instance["best_length"] == brute_force_best(instance["heights"], 2)


def test_fallback_row_gains_from_one_raise():
    rng = random.Random(1)
    for _ in range(20):
        heights = one_raise_helps([rng.randint(1, 6) for _ in range(6)])
        assert best_raises(heights, 1)[0] == lnds_quadratic(heights) + 1


def test_exactly_the_optimal_operation_lists_are_accepted():
    heights = [3, 1, 2, 1, 3]
    instance = {"heights": heights, "operations": 2, "best_length": brute_force_best(heights, 2)}
    ranges = [(a, b) for a in range(1, 6) for b in range(a, 6)]
    accepted = 0
    for count in range(3):
        for chosen in itertools.product(ranges, repeat=count):
            verdict = check(instance, "\n".join(f"{a} {b}" for a, b in chosen))
            reached = lnds_quadratic(apply(heights, chosen))
            assert verdict.correct == (reached == instance["best_length"])
            accepted += verdict.correct
    assert instance["best_length"] > lnds_quadratic(heights) and accepted >= 2


def test_bad_operation_lists_are_rejected():
    problem = ENV.generate(1, 5)
    inst = problem.instance
    n, k = len(inst["heights"]), inst["operations"]
    assert "not a range" in check(inst, "3 2").reason
    assert "not a range" in check(inst, f"1 {n + 1}").reason
    assert "not a range" in check(inst, "0 1").reason
    assert not check(inst, "").correct  # no raise never reaches the optimum here
    for text in ("1", "1 2 3", "\n".join(["1 1"] * (k + 1)), "a b"):
        verdict = ENV.verify(problem, f"<answer>{text}</answer>")
        assert not verdict.correct and not verdict.format_ok
