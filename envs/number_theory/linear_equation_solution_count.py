"""LinearEquationSolutionCount: the number of integer pairs (x, y) with x1 <= x <= x2,
y1 <= y <= y2 and A*x + B*y + C = 0.

With g = gcd(A, B) there is no solution unless g divides C; otherwise one solution (x0, y0) from
the extended Euclidean algorithm gives them all as x = x0 + (B/g) t, y = y0 - (A/g) t, and the
two ranges cut t down to an interval. A = 0 or B = 0 fixes one coordinate and frees the other.

Difficulty schedule (range ends drawn from [-max_range, max_range], coefficients up to max_coef):

    d           0   1   2    3    5    10    20             d
    max_range   8  32  72  128  288   968  3528   8 * (d + 1)^2
    max_coef    4  16  36   64  144   484  1764   4 * (d + 1)^2

Each range spans at least max_range / 2 values, and the coefficient bound of each draw is
max_coef^u for a uniform u in [0, 1], so small and large steps along the line are both common
(with full-size coefficients and narrow boxes the answer was 2 on 30-48% of seeds). A solution
is planted inside the box, and instances with fewer than two solutions are redrawn a few times,
then replaced by x - y + C = 0 through a corner (two solutions at least), so the answers 0 and
1 stay rare. One instance in ten has A = 0 or B = 0.
"""

from __future__ import annotations

from rlve_gym import Environment
from rlve_gym.kernels.number_theory import extended_gcd

_DRAWS = 8


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
    answer_example = "4"
    catalog_name = "BinaryLinearEquation_SolutionCounting"

    def schedule(self, difficulty):
        return {"max_range": 8 * (difficulty + 1) ** 2, "max_coef": 4 * (difficulty + 1) ** 2}

    def generate_instance(self, rng, sizes):
        top, coef = sizes["max_range"], sizes["max_coef"]

        def interval() -> tuple[int, int]:
            lo = rng.randint(-top, top // 2)
            return lo, rng.randint(lo + top // 2, top)

        (x1, x2), (y1, y2) = interval(), interval()
        for attempt in range(_DRAWS):
            bound = max(1, round(coef ** rng.random()))
            a, b = rng.randint(-bound, bound), rng.randint(-bound, bound)
            if attempt == 0 and rng.random() < 0.1:
                a, b = (0, b or 1) if rng.random() < 0.5 else (a or 1, 0)
            if a == 0 and b == 0:
                continue
            x, y = rng.randint(x1, x2), rng.randint(y1, y2)
            c = -(a * x + b * y)
            if linear_solution_count(a, b, c, x1, x2, y1, y2) >= 2:
                break
        else:
            a, b, c = 1, -1, y1 - x1  # x - y + c = 0 through (x1, y1) and (x1 + 1, y1 + 1)
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
            "Answer with the count only, e.g. 4."
        )
