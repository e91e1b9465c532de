"""ConvexHullDoubleArea: monotone chain against a hull-edge brute force and against sympy."""

from __future__ import annotations

import itertools

import pytest
import sympy

import rlve_gym
from rlve_gym.envs.geometry.convex_hull_double_area import convex_hull, twice_polygon_area

ENV = rlve_gym.make("ConvexHullDoubleArea")


def twice_hull_area_from_edges(points):
    """Sum x1*y2 - x2*y1 over hull edges p -> q: every point on the left of or on the segment pq."""
    total = 0
    for p, q in itertools.permutations(points, 2):
        ok = True
        for r in points:
            turn = (q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0])
            if turn < 0:
                ok = False
                break
            if turn == 0:  # collinear: must lie between p and q, else pq is not a whole edge
                dot = (r[0] - p[0]) * (q[0] - p[0]) + (r[1] - p[1]) * (q[1] - p[1])
                if dot < 0 or dot > (q[0] - p[0]) ** 2 + (q[1] - p[1]) ** 2:
                    ok = False
                    break
        if ok:
            total += p[0] * q[1] - q[0] * p[1]
    return total


@pytest.mark.parametrize("difficulty", range(5))
def test_solver_matches_the_hull_edge_brute_force(difficulty):
    for seed in range(50):
        problem = ENV.generate(difficulty, seed)
        points = problem.instance["points"]
        assert int(problem.answer) == twice_hull_area_from_edges(points) > 0


def test_solver_matches_sympy_hull_area():
    for seed in range(20):
        points = ENV.generate(6, seed).instance["points"]
        hull = sympy.convex_hull(*[sympy.Point(x, y) for x, y in points])
        assert int(ENV.generate(6, seed).answer) == abs(2 * hull.area)


def test_points_are_distinct_and_within_the_square():
    for d in (0, 4, 20):
        sizes = ENV.schedule(d)
        for seed in range(20):
            points = ENV.generate(d, seed).instance["points"]
            assert len(points) == sizes["points"]
            assert len({tuple(p) for p in points}) == len(points)
            assert all(abs(c) <= sizes["coordinate"] for p in points for c in p)


def test_collinear_boundary_points_and_interior_points_do_not_change_the_area():
    square = [[0, 0], [2, 0], [2, 2], [0, 2]]
    extra = [[1, 0], [2, 1], [1, 1], [0, 1]]
    assert twice_polygon_area(convex_hull(square + extra)) == 8
    assert len(convex_hull(square + extra)) == 4


def test_the_example_in_the_prompt_is_right():
    assert ENV.solve({"points": [[0, 0], [4, 0], [0, 3], [1, 1]]}) == 12


def test_collinear_sets_have_zero_area_and_are_never_generated():
    assert ENV.solve({"points": [[0, 0], [1, 1], [3, 3], [-2, -2]]}) == 0
    assert all(int(ENV.generate(0, s).answer) > 0 for s in range(300))


def test_checker_accepts_only_the_exact_integer():
    problem = ENV.generate(3, 1)
    value = int(problem.answer)
    assert ENV.verify(problem, f"<answer>{value}</answer>").correct
    for text in (str(value // 2), str(value + 1), str(-value)):
        v = ENV.verify(problem, f"<answer>{text}</answer>")
        assert not v.correct and v.format_ok
    for text in (f"{value / 2}", "A = 3", ""):
        v = ENV.verify(problem, f"<answer>{text}</answer>")
        assert not v.correct and not v.format_ok


def test_fallback_after_repeated_collinear_draws_gives_a_proper_triangle():
    class AlwaysBottomRow:
        def sample(self, population, k):
            return list(range(k))  # cells 0..k-1: all on the bottom row, so collinear

    sizes = ENV.schedule(2)
    instance = ENV.generate_instance(AlwaysBottomRow(), sizes)
    points = instance["points"]
    assert len(points) == sizes["points"] and len({tuple(p) for p in points}) == len(points)
    assert ENV.solve(instance) == twice_hull_area_from_edges(points) > 0
