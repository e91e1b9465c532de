"""MinCostPointsTouchingIntervals: the DP against every K-set of covered points."""

from __future__ import annotations

import itertools
import random

import pytest

import rlve_gym
from rlve_gym.envs.dp_optimization.min_cost_points_touching_intervals import (
    cheapest_points,
    fallback_intervals,
)

ENV = rlve_gym.make("MinCostPointsTouchingIntervals")


def brute_force(n, intervals, k):
    covered = [p for p in range(1, n + 1) if any(a <= p <= b for a, b, _ in intervals)]
    best = None
    for picks in itertools.combinations(covered, k):
        cost = sum(c for a, b, c in intervals if any(a <= p <= b for p in picks))
        best = cost if best is None else min(best, cost)
    return best


def small_instance(seed, points, intervals, max_cost):
    return ENV.generate_instance(
        random.Random(seed), {"points": points, "intervals": intervals, "max_cost": max_cost}
    )


@pytest.mark.parametrize("points,intervals", [(3, 2), (5, 4), (7, 6), (9, 12), (11, 16)])
def test_optimum_and_reference_match_brute_force(points, intervals):
    for seed in range(20):
        inst = small_instance(seed, points, intervals, max_cost=5)
        for k in {1, 2, inst["k"]}:
            covered = sum(
                any(a <= p <= b for a, b, _ in inst["intervals"]) for p in range(1, points + 1)
            )
            if k > covered:
                continue
            best, picks = cheapest_points(points, inst["intervals"], k)
            assert best == brute_force(points, inst["intervals"], k)
            assert len(set(picks)) == k
            assert ENV.check({**inst, "k": k, "best_cost": best}, picks, None).correct


@pytest.mark.parametrize("seed", range(5))
def test_exactly_the_cheapest_picks_are_accepted(seed):
    inst = small_instance(seed, 8, 8, max_cost=3)  # small costs: ties
    for picks in itertools.combinations(range(1, 9), inst["k"]):
        v = ENV.check(inst, list(reversed(picks)), None)
        covered = all(any(a <= p <= b for a, b, _ in inst["intervals"]) for p in picks)
        cost = sum(c for a, b, c in inst["intervals"] if any(a <= p <= b for p in picks))
        assert v.correct == (covered and cost == inst["best_cost"]), (picks, v)
        if not covered:
            assert "lies in no interval" in v.reason


def test_nested_intervals_and_a_point_paid_once():
    intervals = [[1, 4, 10], [2, 2, 1], [3, 3, 1], [4, 4, 7]]
    assert cheapest_points(4, intervals, 2)[0] == 11  # point 1 plus point 2 or 3
    assert cheapest_points(4, intervals, 1) == (10, [1])


def test_edge_blocks_never_win_and_the_fallback_avoids_the_ends():
    for d in (0, 3, 8):
        for seed in range(25):
            problem = ENV.generate(d, seed)
            inst = problem.instance
            covered = [
                p
                for p in range(1, inst["points"] + 1)
                if any(a <= p <= b for a, b, _ in inst["intervals"])
            ]
            for block in (covered[: inst["k"]], covered[-inst["k"] :], [2, 7]):
                assert not ENV.check(inst, block, None).correct
    for n in (14, 15, 40):
        best, picks = cheapest_points(n, fallback_intervals(n), n // 2)
        assert 1 not in picks and n not in picks and best < 1000


def test_wrong_counts_range_and_malformed_answers():
    problem = ENV.generate(1, 2)
    inst = problem.instance
    picks = problem.answer.split()
    verdict = lambda text: ENV.verify(problem, f"<answer>{text}</answer>")  # noqa: E731
    assert "expected exactly" in verdict(" ".join(picks[1:])).reason
    assert "more than once" in verdict(" ".join([picks[0]] + picks[1:-1] + [picks[0]])).reason
    assert "outside" in verdict(" ".join(picks[1:] + [str(inst["points"] + 1)])).reason
    for text in ("1.5", "p2", " ".join(["1"] * (inst["points"] + 2))):
        assert not verdict(text).format_ok
