"""NonDegenerateLatticeTriangleCount: the gcd formula against checking every triple of points."""

from __future__ import annotations

import itertools

import pytest

import rlve_gym
from rlve_gym.envs.geometry.lattice_triangle_count import (
    collinear_triples,
    non_degenerate_triangles,
)

ENV = rlve_gym.make("NonDegenerateLatticeTriangleCount")


def triangles_by_brute_force(width, height):
    points = [(x, y) for x in range(width + 1) for y in range(height + 1)]
    return sum(
        (b[0] - a[0]) * (c[1] - a[1]) != (b[1] - a[1]) * (c[0] - a[0])
        for a, b, c in itertools.combinations(points, 3)
    )


@pytest.mark.parametrize("width", range(0, 6))
def test_formula_matches_brute_force_on_small_grids(width):
    for height in range(0, 6):
        assert non_degenerate_triangles(width, height) == triangles_by_brute_force(width, height)


def test_known_values_and_symmetry():
    assert non_degenerate_triangles(1, 1) == 4
    assert non_degenerate_triangles(2, 1) == 18  # prompt example
    assert non_degenerate_triangles(2, 2) == 76  # 84 triples minus 8 lines of three
    assert collinear_triples(5, 0) == 20  # one row of 6 points: every triple is on the line
    for n, m in ((3, 7), (10, 4), (13, 13)):
        assert non_degenerate_triangles(n, m) == non_degenerate_triangles(m, n)


def test_generated_sizes_follow_the_schedule_and_answers_match():
    for d in (0, 3, 20):
        sizes = ENV.schedule(d)
        for seed in range(30):
            problem = ENV.generate(d, seed)
            n, m = problem.instance["width"], problem.instance["height"]
            assert sizes["low"] <= n <= sizes["high"] and sizes["low"] <= m <= sizes["high"]
            assert int(problem.answer) == non_degenerate_triangles(n, m)


def test_checker_accepts_only_the_exact_integer():
    problem = ENV.generate(2, 7)
    value = int(problem.answer)
    assert ENV.verify(problem, f"<answer>{value}</answer>").correct
    total = (problem.instance["width"] + 1) * (problem.instance["height"] + 1)
    for text in (str(value + 1), str(total * (total - 1) * (total - 2) // 6)):
        v = ENV.verify(problem, f"<answer>{text}</answer>")
        assert not v.correct and v.format_ok
    for text in ("many", "1e9", "", "7" * 60):
        assert not ENV.verify(problem, f"<answer>{text}</answer>").format_ok
