"""LargestRectangleFromPoints: diagonal grouping against checking every four points."""

from __future__ import annotations

import itertools
import random

import pytest

import rlve_gym
from rlve_gym.envs.geometry.largest_rectangle_from_points import (
    largest_rectangle,
    rectangle_area,
)

ENV = rlve_gym.make("LargestRectangleFromPoints")


def area_if_rectangle(quad):
    """Right angles at every corner of some cyclic order of the four points: area = |AB| * |AD|
    computed as the product of side lengths squared, then rooted exactly."""
    a = quad[0]
    for b, c, d in itertools.permutations(quad[1:]):
        ab = (b[0] - a[0], b[1] - a[1])
        ad = (d[0] - a[0], d[1] - a[1])
        # c = b + d - a (parallelogram) and a right angle at a
        if (c[0], c[1]) == (b[0] + d[0] - a[0], b[1] + d[1] - a[1]) and (
            ab[0] * ad[0] + ab[1] * ad[1] == 0
        ):
            product = (ab[0] ** 2 + ab[1] ** 2) * (ad[0] ** 2 + ad[1] ** 2)
            root = round(product**0.5)
            while root * root > product:
                root -= 1
            while (root + 1) ** 2 <= product:
                root += 1
            assert root * root == product  # lattice rectangles have integer area
            return root
    return 0


def best_by_brute_force(points):
    areas = {
        q: area_if_rectangle([points[i] for i in q])
        for q in itertools.combinations(range(len(points)), 4)
    }
    best = max(areas.values())
    return best, {q for q, a in areas.items() if a == best and a > 0}


def small_instance(seed):
    sizes = {"planted": 1 + seed % 3, "random": 2 + seed % 5, "coordinate": 3 + seed % 4}
    return ENV.generate_instance(random.Random(seed), sizes)


def test_solver_and_checker_match_brute_force_on_small_instances():
    for seed in range(60):
        instance = small_instance(seed)
        points = instance["points"]
        best, optimal = best_by_brute_force(points)
        assert instance["best_area"] == best > 0
        assert tuple(i - 1 for i in ENV.solve(instance)) in optimal
        for quad in itertools.combinations(range(1, len(points) + 1), 4):
            verdict = ENV.check(instance, list(quad), None)
            assert verdict.correct == (tuple(i - 1 for i in quad) in optimal)


def test_rectangle_area_on_hand_made_shapes():
    assert rectangle_area([[0, 0], [2, 1], [1, 3], [-1, 2]]) == 5  # prompt example
    assert rectangle_area([[1, 3], [0, 0], [-1, 2], [2, 1]]) == 5  # any order
    assert rectangle_area([[0, 0], [3, 0], [3, 2], [0, 2]]) == 6
    assert rectangle_area([[0, 0], [2, 0], [3, 1], [1, 1]]) == 0  # a parallelogram
    assert rectangle_area([[0, 0], [1, 0], [2, 0], [3, 0]]) == 0
    assert largest_rectangle([[0, 0], [1, 0], [5, 5]]) == (0, [])


def test_ties_are_all_accepted():
    # two unit squares side by side plus the 2 x 1 rectangle around both: area 2 is the best
    points = [[0, 0], [1, 0], [2, 0], [0, 1], [1, 1], [2, 1]]
    instance = {"points": points, "best_area": largest_rectangle(points)[0]}
    assert instance["best_area"] == 2
    assert ENV.check(instance, [1, 3, 4, 6], None).correct
    assert not ENV.check(instance, [1, 2, 4, 5], None).correct  # area 1


@pytest.mark.parametrize("difficulty", (0, 3))
def test_generated_problems(difficulty):
    for seed in range(15):
        problem = ENV.generate(difficulty, seed)
        points = problem.instance["points"]
        assert len({tuple(p) for p in points}) == len(points)
        assert ENV.verify(problem, f"<answer>{problem.answer}</answer>").correct
        assert not ENV.verify(problem, f"<answer>{ENV.answer_example}</answer>").correct
        if difficulty == 0:
            assert problem.instance["best_area"] == best_by_brute_force(points)[0]


def test_malformed_and_invalid_answers():
    problem = ENV.generate(1, 4)
    n = len(problem.instance["points"])

    def verdict(text):
        return ENV.verify(problem, f"<answer>{text}</answer>")

    assert "between 1 and" in verdict(f"1 2 3 {n + 1}").reason
    assert "different" in verdict("1 1 2 3").reason
    for text in ("1 2 3", "1 2 3 4 5", "a b c d", ""):
        assert not verdict(text).format_ok
