"""UndamagedLatticeSquareCount: count squares, tilted or not, with four undamaged lattice corners.

The lattice holds the points (x, y) with integers 0 <= x <= N and 0 <= y <= M; some of them are
damaged. The solver counts the squares of positive side (in any orientation) whose four corners
are all undamaged lattice points; there is one right answer. Each square has exactly one side
vector (a, b) with a >= 1 and b >= 0 among its four sides taken counter-clockwise, and then its
corners are p, p + (a, b), p + (a - b, a + b), p + (-b, a): the reference counts, for every such
(a, b) with a + b <= min(N, M), the corners p whose four points are all undamaged, with four
shifted boolean masks (numpy, O(min(N, M)^2 * N * M)).

Difficulty schedule (N and M drawn independently from [low, high]; about 1 point in 6 damaged):

    d        0   1   2   3  ...  10  ...  20  ...  d
    low      5   5   6   6  ...  10  ...  15  ...  5 + d // 2
    high     8   9  10  11  ...  18  ...  28  ...  8 + d

Level 0 already has 36 to 81 points, so that counts spread over many values (the most common one
is right on about 3% of the seeds); tiny lattices hold only a handful of squares. Larger lattices hold many more tilted squares (their number grows like
(N * M)^2), and damaged points have to be checked against all of them. The format example 0 is
never the answer (there is always an undamaged unit square; see the generator).
"""

from __future__ import annotations

import numpy as np

from rlve_gym import Environment
from rlve_gym.answers import parse_int

#: share of the lattice points that are damaged
DAMAGED_SHARE = 1 / 6


def count_undamaged_squares(width: int, height: int, damaged: list[list[int]]) -> int:
    ok = np.ones((width + 1, height + 1), dtype=bool)
    for x, y in damaged:
        ok[x, y] = False
    total = 0
    for a in range(1, min(width, height) + 1):
        for b in range(0, min(width, height) - a + 1):
            # corner p = (x, y) ranges over b <= x <= width - a, 0 <= y <= height - a - b
            corners = (
                ok[b : width - a + 1, 0 : height - a - b + 1]
                & ok[b + a : width + 1, b : height - a + 1]
                & ok[a : width - b + 1, a + b : height + 1]
                & ok[0 : width - a - b + 1, a : height - b + 1]
            )
            total += int(corners.sum())
    return total


class UndamagedLatticeSquareCount(Environment):
    description = (
        "Number of squares (any orientation) with all four corners on undamaged lattice points"
    )
    answer_kind = "single_int"
    answer_example = "0"
    catalog_name = "SquareUndamagedPointCounting"

    def schedule(self, difficulty):
        return {"low": 5 + difficulty // 2, "high": 8 + difficulty}

    def generate_instance(self, rng, sizes):
        width = rng.randint(sizes["low"], sizes["high"])
        height = rng.randint(sizes["low"], sizes["high"])
        cells = [(x, y) for x in range(width + 1) for y in range(height + 1)]
        damaged = sorted(rng.sample(cells, round(len(cells) * DAMAGED_SHARE)))
        # keep one unit square whole, so the count is never 0
        keep = rng.randrange(width), rng.randrange(height)
        spared = {(keep[0] + dx, keep[1] + dy) for dx in (0, 1) for dy in (0, 1)}
        damaged = [list(p) for p in damaged if p not in spared]
        return {"width": width, "height": height, "damaged": damaged}

    def solve(self, instance):
        return count_undamaged_squares(instance["width"], instance["height"], instance["damaged"])

    def render(self, instance):
        n, m = instance["width"], instance["height"]
        listed = ", ".join(f"({x}, {y})" for x, y in instance["damaged"])
        return (
            f"Consider the {(n + 1) * (m + 1)} lattice points (x, y) with integer coordinates "
            f"0 <= x <= {n} and 0 <= y <= {m}. These {len(instance['damaged'])} of them are "
            f"damaged:\n{listed}\n\n"
            "Count the squares whose four corners are all undamaged lattice points of this set. "
            "Squares may be tilted (their sides need not be horizontal or vertical, for example "
            "the square with corners (1, 0), (2, 1), (1, 2), (0, 1)); every square has a positive "
            "side length and is counted once, whatever order its corners are listed in.\n"
            "For example, with 0 <= x <= 2, 0 <= y <= 2 and no damaged points the answer would "
            "be 6 (four 1 x 1 squares, one 2 x 2 square and one tilted square); if (1, 1) were "
            "damaged it would be 2.\n\n"
            "Answer with a single integer."
        )

    def parse(self, text, instance):
        return parse_int(text, max_digits=12)
