"""LargestConvexSubset: the angular chain DP against checking every subset by triangles."""

from __future__ import annotations

import itertools
import random

import pytest

import rlve_gym
from rlve_gym.envs.geometry.largest_convex_subset import largest_convex_subset

ENV = rlve_gym.make("LargestConvexSubset")


def side(a, b, c):
    return (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])


def in_closed_triangle(p, a, b, c):
    s1, s2, s3 = side(a, b, p), side(b, c, p), side(c, a, p)
    return (s1 >= 0 and s2 >= 0 and s3 >= 0) or (s1 <= 0 and s2 <= 0 and s3 <= 0)


def convex_position_by_triangles(points):
    """No three on a line and no point inside a triangle of three others (Caratheodory)."""
    if len(points) < 3:
        return False
    for a, b, c in itertools.combinations(points, 3):
        if side(a, b, c) == 0:
            return False
    for p in points:
        others = [q for q in points if q is not p]
        if any(in_closed_triangle(p, *t) for t in itertools.combinations(others, 3)):
            return False
    return True


def convex_subsets(points):
    n = len(points)
    return {
        s
        for k in range(3, n + 1)
        for s in itertools.combinations(range(n), k)
        if convex_position_by_triangles([points[i] for i in s])
    }


def small_instance(seed, points, coordinate):
    return ENV.generate_instance(random.Random(seed), {"points": points, "coordinate": coordinate})


@pytest.mark.parametrize("points", (3, 5, 7))
def test_solver_and_checker_match_every_subset(points):
    for seed in range(15):
        instance = small_instance(seed, points, 2 + seed % 4)  # small boxes: many collinear
        convex = convex_subsets(instance["points"])
        best = max(len(s) for s in convex)
        assert instance["best_size"] == best
        assert tuple(i - 1 for i in ENV.solve(instance)) in convex
        for k in range(1, points + 1):
            for subset in itertools.combinations(range(points), k):
                expected = subset in convex and k == best
                verdict = ENV.check(instance, [i + 1 for i in reversed(subset)], None)
                assert verdict.correct == expected, (instance, subset)


def test_largest_size_on_larger_random_sets():
    for seed in range(6):
        instance = small_instance(seed, 10, 6)
        best = max(len(s) for s in convex_subsets(instance["points"]))
        assert instance["best_size"] == best


def test_hand_made_sets():
    square_and_centre = [[0, 0], [2, 0], [2, 2], [0, 2], [1, 1]]
    assert largest_convex_subset(square_and_centre) == [0, 1, 2, 3]
    assert largest_convex_subset([[0, 0], [1, 1], [2, 2]]) == []
    pentagon = [[0, 0], [2, 0], [3, 2], [1, 3], [-1, 2]]
    assert largest_convex_subset(pentagon) == [0, 1, 2, 3, 4]
    # the midpoint of a side cannot join: (1, 0) lies on the side from (0, 0) to (2, 0)
    assert len(largest_convex_subset([[0, 0], [1, 0], [2, 0], [1, 2]])) == 3


def test_collinear_draws_are_repaired():
    class Row:
        def sample(self, population, k):
            return list(range(k))  # the whole bottom row

    instance = ENV.generate_instance(Row(), {"points": 6, "coordinate": 4})
    points = instance["points"]
    assert len({tuple(p) for p in points}) == 6 and instance["best_size"] >= 3


def test_reasons_for_wrong_answers():
    problem = ENV.generate(1, 2)
    n = len(problem.instance["points"])

    def verdict(text):
        return ENV.verify(problem, f"<answer>{text}</answer>")

    chosen = problem.answer.split()
    assert verdict(" ".join(reversed(chosen))).correct
    assert "between 1 and" in verdict(f"1 2 {n + 1}").reason
    assert "more than once" in verdict("1 1 2").reason
    assert "at least 3" in verdict("1 2").reason
    assert "not the largest" in verdict(" ".join(chosen[:3])).reason
    for text in ("a b c", "1.5 2 3", " ".join(["1"] * (n + 2))):
        assert not verdict(text).format_ok
