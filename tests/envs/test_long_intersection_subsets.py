"""IntervalSubsetsWithLongIntersection: the charging formula against checking every subset."""

from __future__ import annotations

import random
from itertools import combinations

import rlve_gym
from rlve_gym.envs.combinatorics_counting.long_intersection_subsets import count_long_intersections

ENV = rlve_gym.make("IntervalSubsetsWithLongIntersection")


def brute_force(intervals, k):
    count = 0
    for size in range(1, len(intervals) + 1):
        for subset in combinations(intervals, size):
            length = min(r for _, r in subset) - max(left for left, _ in subset)
            count += max(0, length) >= k
    return count


def test_formula_matches_enumeration_on_random_intervals():
    rng = random.Random(11)
    for _ in range(400):
        n = rng.randint(1, 8)
        intervals = []
        for _ in range(n):
            left = rng.randint(0, 8)
            intervals.append([left, rng.randint(left, 10)])
        k = rng.randint(1, 6)
        assert count_long_intersections(intervals, k) == brute_force(intervals, k), (intervals, k)


def test_formula_matches_enumeration_on_small_generated_instances():
    for n in range(3, 11):
        for seed in range(10):
            inst = ENV.generate_instance(random.Random(seed), {"intervals": n})
            assert ENV.solve(inst) == brute_force(inst["intervals"], inst["min_length"])


def test_edge_cases():
    assert count_long_intersections([], 1) == 0
    assert count_long_intersections([[2, 2]], 1) == 0  # a point has length 0
    assert (
        count_long_intersections([[0, 5], [0, 5], [0, 5]], 5) == 7
    )  # equal intervals: all subsets
    assert count_long_intersections([[0, 3], [3, 6]], 1) == 2  # touching at one point: singles only
    assert count_long_intersections([[0, 10], [2, 4], [3, 9]], 1) == 7


def test_checker_rejects_near_answers():
    problem = ENV.generate(difficulty=9, seed=5)
    ref = int(problem.answer)
    assert ENV.verify(problem, f"<answer>{ref}</answer>").correct
    assert not ENV.verify(problem, f"<answer>{ref - 1}</answer>").correct
    assert not ENV.verify(problem, "<answer>2^5</answer>").format_ok
