"""SmallestEnclosingCircleExact: the exact centre and squared radius of the smallest enclosing circle.

The solver sees N distinct lattice points and must give the smallest circle containing all of
them (inside or on the circle). That circle is unique, and it passes through two points (as a
diameter) or three (as their circumcircle), so its centre has rational coordinates and its
squared radius is rational: the answer is the three exact numbers "x y R" - the centre (x, y)
and R = radius^2 - each an integer or a fraction p/q (not necessarily in lowest terms; the checker
compares values exactly). No floating point anywhere: the reference is Welzl's incremental
algorithm (points in a fixed shuffled order, expected O(N)) over Python fractions.

Difficulty schedule (points drawn distinct from a square of side 2 * coordinate + 1 placed
around a random centre with coordinates in [-2 * coordinate, 2 * coordinate]):

    d             0   1   2   3  ...  10  ...  20  ...  d
    points        5   6   7   8  ...  15  ...  25  ...  5 + d
    coordinate    6   7   8   9  ...  16  ...  26  ...  6 + d

More points mean more candidate pairs and triples to rule in or out; wider coordinates make the
circumcentre fractions longer. Answers are binary (all three numbers must be exact). Point sets
are never all on one line.
"""

from __future__ import annotations

import random
from fractions import Fraction

from rlve_gym import Environment, Verdict
from rlve_gym.answers import ParseError, parse_fraction, split_tokens

Circle = tuple[Fraction, Fraction, Fraction]  # centre x, centre y, squared radius


def _covers(circle: Circle, p: list[int]) -> bool:
    cx, cy, r2 = circle
    return (p[0] - cx) ** 2 + (p[1] - cy) ** 2 <= r2


def _diameter_circle(p: list[int], q: list[int]) -> Circle:
    cx, cy = Fraction(p[0] + q[0], 2), Fraction(p[1] + q[1], 2)
    return cx, cy, (p[0] - cx) ** 2 + (p[1] - cy) ** 2


def _circumcircle(p: list[int], q: list[int], r: list[int]) -> Circle:
    bx, by, qx, qy = q[0] - p[0], q[1] - p[1], r[0] - p[0], r[1] - p[1]
    d = 2 * (bx * qy - by * qx)
    if d == 0:  # collinear: the circle on the farthest pair
        pairs = ((p, q), (p, r), (q, r))
        return max((_diameter_circle(a, b) for a, b in pairs), key=lambda c: c[2])
    b2, c2 = bx * bx + by * by, qx * qx + qy * qy
    ux, uy = Fraction(qy * b2 - by * c2, d), Fraction(bx * c2 - qx * b2, d)
    return p[0] + ux, p[1] + uy, ux * ux + uy * uy


def smallest_enclosing_circle(points: list[list[int]]) -> Circle:
    order = list(points)
    random.Random(len(order)).shuffle(order)  # a fixed order, shuffled against bad inputs
    circle: Circle = (Fraction(order[0][0]), Fraction(order[0][1]), Fraction(0))
    for i, p in enumerate(order):
        if _covers(circle, p):
            continue
        circle = (Fraction(p[0]), Fraction(p[1]), Fraction(0))
        for j in range(i):
            q = order[j]
            if _covers(circle, q):
                continue
            circle = _diameter_circle(p, q)
            for k in range(j):
                if not _covers(circle, order[k]):
                    circle = _circumcircle(p, q, order[k])
    return circle


def _text(value: Fraction) -> str:
    return (
        str(value.numerator) if value.denominator == 1 else f"{value.numerator}/{value.denominator}"
    )


class SmallestEnclosingCircleExact(Environment):
    description = "Exact centre and squared radius of the smallest circle enclosing lattice points"
    answer_kind = "other"
    answer_example = "7/2 -1 13/4"
    catalog_name = "SmallestCircle"

    def schedule(self, difficulty):
        return {"points": 5 + difficulty, "coordinate": 6 + difficulty}

    def generate_instance(self, rng, sizes):
        c = sizes["coordinate"]
        span = 2 * c + 1
        ox, oy = rng.randint(-2 * c, 2 * c), rng.randint(-2 * c, 2 * c)
        cells = rng.sample(range(span * span), sizes["points"])
        points = [[ox - c + cell % span, oy - c + cell // span] for cell in cells]
        x0, y0 = points[0]
        if all((x - x0) * (points[1][1] - y0) == (y - y0) * (points[1][0] - x0) for x, y in points):
            # all on one line: replace the last point by a corner of the square off that line
            # (a line holds at most two of the four corners)
            corners = [[ox - c, oy - c], [ox + c, oy - c], [ox - c, oy + c], [ox + c, oy + c]]
            points[-1] = next(
                q
                for q in corners
                if q not in points
                and (q[0] - x0) * (points[1][1] - y0) != (q[1] - y0) * (points[1][0] - x0)
            )
        return {"points": points}

    def solve(self, instance):
        return smallest_enclosing_circle(instance["points"])

    def format_answer(self, answer):
        return " ".join(_text(v) for v in answer)

    def render(self, instance):
        listed = ", ".join(f"({x}, {y})" for x, y in instance["points"])
        return (
            f"Here are {len(instance['points'])} points (x, y) with integer coordinates:\n"
            f"{listed}\n\n"
            "Find the smallest circle that contains all of these points (each point inside the "
            "circle or on it). This circle is unique, and its centre coordinates and the square "
            "of its radius are rational numbers.\n"
            "Answer with three numbers separated by spaces: the x coordinate of the centre, the "
            "y coordinate of the centre, and R = the radius squared. Write each one exactly, as "
            "an integer or as a fraction p/q with integers p and q (q positive; it need not be "
            "in lowest terms), never as a decimal.\n"
            "For example, for the points (0, 0), (2, 0), (0, 1) the smallest circle has centre "
            "(1, 1/2) and radius squared 5/4, so the answer would be 1 1/2 5/4."
        )

    def parse(self, text, instance):
        tokens = split_tokens(text, 3)
        if len(tokens) != 3:
            raise ParseError(f"expected 3 numbers (x y R), got {len(tokens)}")
        return tuple(parse_fraction(t, max_digits=40, require_reduced=False) for t in tokens)

    def check(self, instance, answer, reference):
        if tuple(answer[:2]) != tuple(reference[:2]):
            return Verdict.wrong("the centre is not the centre of the smallest enclosing circle")
        if answer[2] != reference[2]:
            return Verdict.wrong("the centre is right but the squared radius is not")
        return Verdict.right()

    def near_misses(self, problem):
        x, y, r2 = self._reference(problem)
        return [
            self.format_answer((x, y, r2 + 1)),
            self.format_answer((x, y, r2 * 2)),  # radius instead of its square, roughly
            self.format_answer((x + Fraction(1, 2), y, r2)),
            self.format_answer((y, x, r2)) if x != y else self.format_answer((x, y - 1, r2)),
            self.format_answer((x, y)),
        ]
