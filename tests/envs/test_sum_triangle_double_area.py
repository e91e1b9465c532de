"""SumOfTriangleDoubleAreas: the vectorised sum against a plain loop over all triples."""

from __future__ import annotations

import itertools
import random
from fractions import Fraction

import pytest

import rlve_gym
from rlve_gym.envs.geometry.sum_triangle_double_area import sum_of_twice_triangle_areas

ENV = rlve_gym.make("SumOfTriangleDoubleAreas")


def twice_area_by_shoelace(a, b, c):
    """Shoelace over the three corners, written out term by term."""
    s = Fraction(0)
    for (x1, y1), (x2, y2) in ((a, b), (b, c), (c, a)):
        s += x1 * y2 - x2 * y1
    return abs(s)


def brute_force(points):
    return sum(twice_area_by_shoelace(*t) for t in itertools.combinations(points, 3))


@pytest.mark.parametrize("difficulty", (0, 1, 2, 5, 9))
def test_solver_matches_the_loop_over_all_triples(difficulty):
    for seed in range(25):
        problem = ENV.generate(difficulty, seed)
        assert int(problem.answer) == brute_force(problem.instance["points"]) > 0


def test_small_hand_made_sets():
    assert sum_of_twice_triangle_areas([[0, 0], [2, 0], [0, 2], [1, 0]]) == 8  # prompt example
    assert sum_of_twice_triangle_areas([[0, 0], [1, 1], [2, 2], [5, 5]]) == 0  # all collinear
    assert sum_of_twice_triangle_areas([[0, 0], [1, 0], [0, 1]]) == 1
    assert sum_of_twice_triangle_areas([[0, 0], [1, 0]]) == 0


def test_random_sets_with_repeated_lines_match():
    rng = random.Random(5)
    for _ in range(40):
        points = [[rng.randint(-3, 3), rng.randint(-3, 3)] for _ in range(rng.randint(3, 9))]
        assert sum_of_twice_triangle_areas(points) == brute_force(points)


def test_points_are_distinct_and_within_the_square():
    for d in (0, 4, 20):
        sizes = ENV.schedule(d)
        for seed in range(20):
            points = ENV.generate(d, seed).instance["points"]
            assert len(points) == sizes["points"]
            assert len({tuple(p) for p in points}) == len(points)
            assert all(abs(c) <= sizes["coordinate"] for p in points for c in p)


def test_fallback_after_collinear_draws_breaks_the_line():
    class BottomRowOnly:
        def sample(self, population, k):
            return list(range(k))

    instance = ENV.generate_instance(BottomRowOnly(), ENV.schedule(0))
    points = instance["points"]
    assert len({tuple(p) for p in points}) == len(points) == 5
    assert ENV.solve(instance) == brute_force(points) > 0


def test_checker_accepts_only_the_exact_integer():
    problem = ENV.generate(3, 1)
    value = int(problem.answer)
    assert ENV.verify(problem, f"<answer>{value}</answer>").correct
    for text in (str(value // 2), str(value + 1), str(-value)):
        v = ENV.verify(problem, f"<answer>{text}</answer>")
        assert not v.correct and v.format_ok
    for text in (f"{value / 2}", "S = 3", "", "9" * 40):
        v = ENV.verify(problem, f"<answer>{text}</answer>")
        assert not v.correct and not v.format_ok
