"""SumOfTriangleDoubleAreas: twice the total area of all triangles formed by triples of points.

The solver sees N distinct lattice points and must add up the areas of the C(N, 3) triangles
whose corners are three of the points (a triple on one line forms a triangle of area 0), and
report twice that total. Twice the area of a lattice triangle is the integer |cross product|,
so the answer is an exact integer. There is one right answer.

Difficulty schedule (points drawn distinct from the square [-coordinate, coordinate]^2):

    d             0   1   2   3  ...  10  ...  20  ...  d
    points        5   6   7   8  ...  15  ...  25  ...  5 + d
    coordinate    6   7   8   9  ...  16  ...  26  ...  6 + d

Level 0 already has 10 triangles to add up. The number of triangles grows cubically with the
points, so one more point per level is steady growth in work by hand (an O(N^2 log N) angular
sweep exists, but the reference simply sums all triples with numpy); wider coordinates make each
cross product longer arithmetic. The format example 0 is never the answer (points are never all
on one line).
"""

from __future__ import annotations

import numpy as np

from rlve_gym import Environment
from rlve_gym.answers import parse_int


def sum_of_twice_triangle_areas(points: list[list[int]]) -> int:
    """Sum over all triples i < j < k of |cross(p_j - p_i, p_k - p_i)| (vectorised per i)."""
    xy = np.asarray(points, dtype=np.int64)
    total = 0
    for i in range(len(xy) - 2):
        rest = xy[i + 1 :] - xy[i]  # vectors from p_i to every later point
        cross = np.multiply.outer(rest[:, 0], rest[:, 1]) - np.multiply.outer(
            rest[:, 1], rest[:, 0]
        )
        total += int(np.abs(np.triu(cross, 1)).sum())
    return total


class SumOfTriangleDoubleAreas(Environment):
    description = "Twice the total area of all triangles formed by triples of lattice points"
    answer_kind = "single_int"
    answer_example = "0"
    catalog_name = "SumTriangleArea"

    def schedule(self, difficulty):
        return {"points": 5 + difficulty, "coordinate": 6 + difficulty}

    def generate_instance(self, rng, sizes):
        span, low = 2 * sizes["coordinate"] + 1, -sizes["coordinate"]
        for _ in range(20):
            cells = rng.sample(range(span * span), sizes["points"])
            points = [[low + c % span, low + c // span] for c in cells]
            if sum_of_twice_triangle_areas(points) > 0:
                return {"points": points}
        # twenty collinear draws in a row: replace the first point by one off their line
        points[0] = next(
            [x, y]
            for x in (low, -low)
            for y in (low, -low)
            if sum_of_twice_triangle_areas([[x, y], *points[1:3]]) > 0
        )
        return {"points": points}

    def solve(self, instance):
        return sum_of_twice_triangle_areas(instance["points"])

    def render(self, instance):
        points = instance["points"]
        listed = ", ".join(f"({x}, {y})" for x, y in points)
        return (
            f"Here are {len(points)} distinct points (x, y) with integer coordinates:\n{listed}\n\n"
            "Every choice of 3 of these points (unordered) is the set of corners of a triangle; "
            "if the 3 points lie on one line, that triangle has area 0. Let S be the sum of the "
            f"areas of all {len(points) * (len(points) - 1) * (len(points) - 2) // 6} such "
            "triangles. Twice the area of a triangle with integer corners is an integer, so 2 * S "
            "is an integer.\n"
            "For example, for the points (0, 0), (2, 0), (0, 2), (1, 0) the triangles have areas "
            "2, 0, 1 and 1, so S = 4 and the answer would be 8.\n\n"
            "Answer with the integer 2 * S."
        )

    def parse(self, text, instance):
        return parse_int(text, max_digits=30)
