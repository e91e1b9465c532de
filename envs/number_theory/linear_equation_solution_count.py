"""LinearEquationSolutionCount: the number of integer pairs (x, y) with x1 <= x <= x2,
y1 <= y <= y2 and A*x + B*y + C = 0.

With g = gcd(A, B) there is no solution unless g divides C; otherwise one solution (x0, y0) from
the extended Euclidean algorithm gives them all as x = x0 + (B/g) t, y = y0 - (A/g) t, and the
two ranges cut t down to an interval. A = 0 or B = 0 fixes one coordinate and frees the other.

Difficulty schedule (range ends drawn from [-max_range, max_range], common factor up to max_coef):

    d           0    1    2    3    5    10    20             d
    max_range  72  128  200  288  512  1352  4232   8 * (d + 3)^2
    max_coef    4   16   36   64  144   484  1764   4 * (d + 1)^2

Each range spans a uniform number of values from max_range / 2 + 1 to 2 * max_range + 1. The generator first draws how many solutions
to plant, t, uniformly from 2 to the shorter range's length, then a primitive step (dx, dy)
small enough for t consecutive solutions to fit in the box, a start point, and a common factor
g <= max_coef of A and B: (A, B) = g * (-dy, dx) up to signs. The answer is t or a little more
(the line may hold further points in the box), so counts spread evenly instead of piling up
on 2-5 (drawing the coefficients directly put a fifth of the seeds on one count). One instance
in ten has A = 0 or B = 0, whose count is the length of a range. The answer is never 0 or 1,
so the prompt's example 1 is never right.
"""

from __future__ import annotations

import math

from rlve_gym import Environment
from rlve_gym.kernels.number_theory import extended_gcd


def _ceil_div(a: int, b: int) -> int:
    return -((-a) // b)


def _step_range(start: int, step: int, lo: int, hi: int) -> tuple[int, int]:
    """The t with lo <= start + step * t <= hi (step != 0), as an inclusive range."""
    if step < 0:
        start, step, lo, hi = -start, -step, -hi, -lo
    return _ceil_div(lo - start, step), (hi - start) // step


def linear_solution_count(a: int, b: int, c: int, x1: int, x2: int, y1: int, y2: int) -> int:
    """#{(x, y) integers : x1 <= x <= x2, y1 <= y <= y2, a*x + b*y + c = 0}."""
    width, height = max(0, x2 - x1 + 1), max(0, y2 - y1 + 1)
    if a == 0 and b == 0:
        return width * height if c == 0 else 0
    if a == 0:
        return width if c % b == 0 and y1 <= -c // b <= y2 else 0
    if b == 0:
        return height if c % a == 0 and x1 <= -c // a <= x2 else 0
    g, s, t = extended_gcd(a, b)
    if c % g:
        return 0
    factor = -c // g
    x0, y0 = s * factor, t * factor
    lo_x, hi_x = _step_range(x0, b // g, x1, x2)
    lo_y, hi_y = _step_range(y0, -(a // g), y1, y2)
    return max(0, min(hi_x, hi_y) - max(lo_x, lo_y) + 1)


class LinearEquationSolutionCount(Environment):
    description = "Number of integer points (x, y) in a box on the line A*x + B*y + C = 0"
    answer_kind = "single_int"
    answer_example = "1"
    catalog_name = "BinaryLinearEquation_SolutionCounting"

    def schedule(self, difficulty):
        return {"max_range": 8 * (difficulty + 3) ** 2, "max_coef": 4 * (difficulty + 1) ** 2}

    def generate_instance(self, rng, sizes):
        top = sizes["max_range"]

        def interval() -> tuple[int, int]:  # a uniform length, so counts do not pile up at one
            length = rng.randint(top // 2 + 1, 2 * top + 1)
            lo = rng.randint(-top, top - length + 1)
            return lo, lo + length - 1

        (x1, x2), (y1, y2) = interval(), interval()
        width, height = x2 - x1 + 1, y2 - y1 + 1
        g = rng.randint(1, sizes["max_coef"])
        if rng.random() < 0.1:  # a horizontal or vertical line through the box
            if rng.random() < 0.5:
                a, b, c = 0, g, -g * rng.randint(y1, y2)
            else:
                a, b, c = g, 0, -g * rng.randint(x1, x2)
        else:
            planted = rng.randint(2, min(width, height))
            dx = rng.randint(1, (width - 1) // (planted - 1))
            dy = rng.randint(1, (height - 1) // (planted - 1))
            common = math.gcd(dx, dy)
            dx, dy = dx // common, dy // common
            rising = rng.random() < 0.5  # y grows with x, or falls
            x = rng.randint(x1, x2 - (planted - 1) * dx)
            y = rng.randint(y1, y2 - (planted - 1) * dy)
            if not rising:
                y += (planted - 1) * dy
                dy = -dy
            # the points (x + k dx, y + k dy) lie on dy * X - dx * Y + (dx * y - dy * x) = 0
            a, b, c = g * dy, -g * dx, g * (dx * y - dy * x)
        if rng.random() < 0.5:
            a, b, c = -a, -b, -c
        return {"a": a, "b": b, "c": c, "x1": x1, "x2": x2, "y1": y1, "y2": y2}

    def solve(self, instance):
        i = instance
        return linear_solution_count(i["a"], i["b"], i["c"], i["x1"], i["x2"], i["y1"], i["y2"])

    def render(self, instance):
        i = instance
        return (
            "How many pairs of integers (x, y) satisfy\n"
            f"    ({i['a']}) * x + ({i['b']}) * y + ({i['c']}) = 0\n"
            f"with {i['x1']} <= x <= {i['x2']} and {i['y1']} <= y <= {i['y2']}?\n"
            "Answer with the count only, e.g. 1."
        )
