"""ConvexHullDoubleArea: twice the area of the convex hull of integer points.

The solver sees distinct lattice points and must find the smallest convex polygon containing
them all and report twice its area (an integer for lattice polygons, by the shoelace formula, so
the answer is exact). Point sets never lie on one line, so the area is never 0.

Difficulty schedule (points drawn distinct from the square [-coordinate, coordinate]^2):

    d             0   1   2   3  ...  10  ...  20  ...  d
    points        5   7   9  11  ...  25  ...  45  ...  5 + 2d
    coordinate    8  10  12  14  ...  28  ...  48  ...  8 + 2d

More points mean more candidates to rule in or out of the hull; wider coordinates make the
orientation tests and the area sum longer arithmetic. Both grow linearly. The coordinates start
at 8, not 5: in [-5, 5]^2 the five-point hulls took few enough areas that the most common one
(42, 36, ...) was the answer on about 2.7% of the seeds, and the best of them on 5% of one
range of 200 seeds; from [-8, 8]^2 on no area takes more than about 1.2%.

The format example 0 is never the answer (the area is always positive); the earlier example 37
was right on 1.5% of one range of 200 seeds of level 0.
"""

from __future__ import annotations

from rlve_gym import Environment


def cross(o: list[int], a: list[int], b: list[int]) -> int:
    """z of (a - o) x (b - o): positive when o -> a -> b turns counter-clockwise."""
    return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])


def convex_hull(points: list[list[int]]) -> list[list[int]]:
    """Hull corners counter-clockwise (Andrew's monotone chain); collinear boundary points dropped."""
    ordered = sorted(points)
    if len(ordered) < 3:
        return ordered

    def half(chain_points):
        chain: list[list[int]] = []
        for p in chain_points:
            while len(chain) >= 2 and cross(chain[-2], chain[-1], p) <= 0:
                chain.pop()
            chain.append(p)
        return chain

    lower, upper = half(ordered), half(reversed(ordered))
    return lower[:-1] + upper[:-1]


def twice_polygon_area(corners: list[list[int]]) -> int:
    """Shoelace sum; positive for counter-clockwise corners."""
    total = 0
    for i, (x, y) in enumerate(corners):
        nx, ny = corners[(i + 1) % len(corners)]
        total += x * ny - nx * y
    return total


class ConvexHullDoubleArea(Environment):
    description = "Twice the area of the convex hull of a set of integer points"
    answer_kind = "single_int"
    answer_example = "0"
    catalog_name = "ConvexHull"

    def schedule(self, difficulty):
        return {"points": 5 + 2 * difficulty, "coordinate": 8 + 2 * difficulty}

    def generate_instance(self, rng, sizes):
        span = 2 * sizes["coordinate"] + 1
        low = -sizes["coordinate"]
        for _ in range(20):
            cells = rng.sample(range(span * span), sizes["points"])
            points = [[low + c % span, low + c // span] for c in cells]
            if twice_polygon_area(convex_hull(points)) > 0:
                return {"points": points}
        # twenty collinear draws in a row: make the first three points a proper triangle
        corners = [[low, low], [-low, low], [0, -low]]
        rest = [p for p in points if p not in corners]
        return {"points": corners + rest[: sizes["points"] - 3]}

    def solve(self, instance):
        return twice_polygon_area(convex_hull(instance["points"]))

    def render(self, instance):
        listed = ", ".join(f"({x}, {y})" for x, y in instance["points"])
        return (
            f"Here are {len(instance['points'])} points (x, y) with integer coordinates:\n"
            f"{listed}\n\n"
            "The convex hull of the points is the smallest convex polygon that contains all of them "
            "(inside or on its boundary). Let A be the area of this polygon. Because every corner has "
            "integer coordinates, 2 * A is an integer.\n"
            "For example, the convex hull of (0, 0), (4, 0), (0, 3), (1, 1) is the triangle with "
            "corners (0, 0), (4, 0), (0, 3); its area is 6, so the answer would be 12.\n\n"
            "Answer with the integer 2 * A."
        )
