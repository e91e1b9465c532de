"""SmallestEnclosingCircleExact: Welzl against the smallest covering circle over all pairs/triples."""

from __future__ import annotations

import itertools
import random
from fractions import Fraction

import pytest

import rlve_gym
from rlve_gym.envs.geometry.smallest_enclosing_circle import smallest_enclosing_circle

ENV = rlve_gym.make("SmallestEnclosingCircleExact")


def circle_through(points):
    """Centre equidistant from the given 2 points (on their segment's midpoint) or 3 points
    (solving the two perpendicular-bisector equations by Cramer's rule)."""
    if len(points) == 2:
        (x1, y1), (x2, y2) = points
        cx, cy = Fraction(x1 + x2, 2), Fraction(y1 + y2, 2)
    else:
        (x1, y1), (x2, y2), (x3, y3) = points
        # 2(x2-x1) cx + 2(y2-y1) cy = x2^2+y2^2-x1^2-y1^2, same for point 3
        a1, b1, c1 = 2 * (x2 - x1), 2 * (y2 - y1), x2**2 + y2**2 - x1**2 - y1**2
        a2, b2, c2 = 2 * (x3 - x1), 2 * (y3 - y1), x3**2 + y3**2 - x1**2 - y1**2
        det = a1 * b2 - a2 * b1
        if det == 0:
            return None
        cx, cy = Fraction(c1 * b2 - c2 * b1, det), Fraction(a1 * c2 - a2 * c1, det)
    x1, y1 = points[0]
    return cx, cy, (x1 - cx) ** 2 + (y1 - cy) ** 2


def smallest_by_brute_force(points):
    best = None
    for size in (2, 3):
        for subset in itertools.combinations(points, size):
            c = circle_through(subset)
            if c is None:
                continue
            if all((x - c[0]) ** 2 + (y - c[1]) ** 2 <= c[2] for x, y in points):
                if best is None or c[2] < best[2]:
                    best = c
    return best


@pytest.mark.parametrize("difficulty", (0, 1, 2, 4))
def test_welzl_matches_brute_force_on_generated_points(difficulty):
    for seed in range(25):
        problem = ENV.generate(difficulty, seed)
        expected = smallest_by_brute_force(problem.instance["points"])
        assert smallest_enclosing_circle(problem.instance["points"]) == expected
        assert ENV.verify(problem, f"<answer>{problem.answer}</answer>").correct


def test_cocircular_collinear_and_crowded_sets():
    rng = random.Random(7)
    for _ in range(150):
        points = [[rng.randint(-3, 3), rng.randint(-3, 3)] for _ in range(rng.randint(2, 8))]
        points = [list(p) for p in {tuple(p) for p in points}]
        if len(points) < 2:
            continue
        assert smallest_enclosing_circle(points) == smallest_by_brute_force(points)
    square = [[0, 0], [2, 0], [2, 2], [0, 2], [1, 1]]
    assert smallest_enclosing_circle(square) == (1, 1, 2)
    line = [[0, 0], [1, 1], [3, 3], [-2, -2]]
    assert smallest_enclosing_circle(line) == (Fraction(1, 2), Fraction(1, 2), Fraction(25, 2))


def test_equivalent_fraction_spellings_are_accepted_and_decimals_rejected():
    instance = {"points": [[0, 0], [2, 0], [0, 1]]}  # prompt example: centre (1, 1/2), R = 5/4
    reference = ENV.solve(instance)
    for text in ("1 1/2 5/4", "2/2 2/4 10/8", "1, 1/2, 5/4", "(1 1/2 5/4)"):
        assert ENV.check(instance, ENV.parse(text, instance), reference).correct, text
    for text in ("1 1/2 5/5", "1 -1/2 5/4", "1/2 1 5/4"):
        assert not ENV.check(instance, ENV.parse(text, instance), reference).correct
    problem = ENV.generate(1, 0)
    for text in ("1 0.5 1.25", "1 1/2", "1 1/2 5/4 0", "1 1/0 2", "x y R", ""):
        assert not ENV.verify(problem, f"<answer>{text}</answer>").format_ok


def test_collinear_draws_are_repaired():
    class Diagonal:
        def randint(self, low, high):
            return 0

        def sample(self, population, k):
            return [14 * i for i in range(k)]  # cells (i, i) of a side-13 square: one line

    instance = ENV.generate_instance(Diagonal(), ENV.schedule(0))
    points = instance["points"]
    assert len({tuple(p) for p in points}) == len(points) == 5
    (x0, y0), (x1, y1) = points[:2]
    assert any((x - x0) * (y1 - y0) != (y - y0) * (x1 - x0) for x, y in points)
