"""WeightedChebyshevMedianPoint: the integer point with the least weighted Chebyshev distance sum.

The solver sees N weighted lattice points (x_i, y_i, w_i) and answers with an integer point
(x, y) minimising sum_i w_i * max(|x - x_i|, |y - y_i|). Every integer point reaching the minimum
is accepted (the checker recomputes the sum and compares it with the optimum stored at
generation). The reference rotates the plane by 45 degrees, u = x + y and v = x - y, where the
Chebyshev distance becomes (|u - u_i| + |v - v_i|) / 2, so the sum splits into two convex
one-dimensional weighted-median problems joined only by the parity condition u = v (mod 2);
trying, for each parity, the breakpoints u_i and their neighbours is exact (O(N^2) with numpy).

The total weight is always odd, so each rotated median is a single value and the optimal points
are few (one, or at most four around it when the parities clash): a random point near the data
is almost never optimal. The points sit around a random centre, so (0, 0) is no shortcut either.

Difficulty schedule (points within [cx - spread, cx + spread] x [cy - spread, cy + spread]):

    d          0   1   2   3  ...  10  ...  20  ...  d
    points     5   6   7   8  ...  15  ...  25  ...  5 + d
    spread    10  12  14  16  ...  30  ...  50  ...  10 + 2d
    weight     5   6   7   8  ...  15  ...  25  ...  5 + d

More points mean longer weighted medians to find; larger spreads and weights make the sums longer
arithmetic. Answers are binary (no partial credit).
"""

from __future__ import annotations

import numpy as np

from rlve_gym import Environment, Verdict
from rlve_gym.answers import parse_int_list


def chebyshev_cost(points: list[list[int]], x: int, y: int) -> int:
    return sum(w * max(abs(x - px), abs(y - py)) for px, py, w in points)


def best_by_parity(values: np.ndarray, weights: np.ndarray) -> dict[int, tuple[int, int]]:
    """parity -> (smallest sum of w * |t - value| over integers t of that parity, one such t)."""
    candidates = np.unique(np.concatenate([values - 1, values, values + 1]))
    sums = (np.abs(candidates[:, None] - values[None, :]) * weights[None, :]).sum(axis=1)
    best: dict[int, tuple[int, int]] = {}
    for t, s in zip(candidates.tolist(), sums.tolist(), strict=True):
        if t % 2 not in best or s < best[t % 2][0]:
            best[t % 2] = (s, t)
    return best


def best_point(points: list[list[int]]) -> tuple[int, int, int]:
    """(optimal cost, x, y) of one optimal integer point."""
    xyw = np.asarray(points, dtype=np.int64)
    u, v, w = xyw[:, 0] + xyw[:, 1], xyw[:, 0] - xyw[:, 1], xyw[:, 2]
    along_u, along_v = best_by_parity(u, w), best_by_parity(v, w)
    twice_cost, bu, bv = min(
        (along_u[p][0] + along_v[p][0], along_u[p][1], along_v[p][1]) for p in (0, 1)
    )
    return twice_cost // 2, (bu + bv) // 2, (bu - bv) // 2


class WeightedChebyshevMedianPoint(Environment):
    description = "Integer point minimising the weighted sum of Chebyshev distances to given points"
    answer_kind = "int_list"
    multiple_valid_answers = True
    answer_example = "3 -2"
    catalog_name = "MinSumChebyshevDistance"

    def schedule(self, difficulty):
        return {"points": 5 + difficulty, "spread": 10 + 2 * difficulty, "weight": 5 + difficulty}

    def generate_instance(self, rng, sizes):
        spread = sizes["spread"]
        cx, cy = rng.randint(-3 * spread, 3 * spread), rng.randint(-3 * spread, 3 * spread)
        points = [
            [
                cx + rng.randint(-spread, spread),
                cy + rng.randint(-spread, spread),
                rng.randint(1, sizes["weight"]),
            ]
            for _ in range(sizes["points"])
        ]
        if sum(p[2] for p in points) % 2 == 0:  # odd total: single weighted medians
            points[0][2] += 1
        cost, _, _ = best_point(points)
        return {"points": points, "best_cost": cost}

    def solve(self, instance):
        _, x, y = best_point(instance["points"])
        return [x, y]

    def render(self, instance):
        listed = "\n".join(
            f"point {i}: ({x}, {y}) with weight {w}"
            for i, (x, y, w) in enumerate(instance["points"], start=1)
        )
        return (
            f"There are {len(instance['points'])} weighted points in the plane:\n{listed}\n\n"
            "The Chebyshev distance between (x1, y1) and (x2, y2) is max(|x1 - x2|, |y1 - y2|). "
            "Find a point (x, y) with integer coordinates that makes the weighted sum of Chebyshev "
            "distances, sum over all points i of weight_i * max(|x - x_i|, |y - y_i|), as small as "
            "possible. The point may coincide with a given point or lie anywhere else.\n"
            "Answer with the two integers x and y separated by a space (for example, -4 7 means "
            "the point (-4, 7)). If several points reach the smallest sum, any one of them is "
            "accepted."
        )

    def parse(self, text, instance):
        return parse_int_list(text, length=2, max_digits=12)

    def check(self, instance, answer, reference):
        x, y = answer
        cost = chebyshev_cost(instance["points"], x, y)
        if cost == instance["best_cost"]:
            return Verdict.right()
        return Verdict.wrong(f"the weighted distance sum at ({x}, {y}) is {cost}, not the smallest")

    def random_answer(self, problem, rng, other):
        points = problem.instance["points"]
        xs, ys = [p[0] for p in points], [p[1] for p in points]
        return f"{rng.randint(min(xs), max(xs))} {rng.randint(min(ys), max(ys))}"

    def near_misses(self, problem):
        instance = problem.instance
        x, y = (int(t) for t in problem.answer.split())
        misses = [f"{x}", f"{x} {y} 0"]
        for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1), (2, 2), (-2, -2)):
            if chebyshev_cost(instance["points"], x + dx, y + dy) > instance["best_cost"]:
                misses.append(f"{x + dx} {y + dy}")
        return misses
