"""ThreeDisjointSquaresMaxSum: the largest total of three non-overlapping K x K squares of a grid.

The solver sees a grid of integers and a side K, chooses three K x K blocks of cells (axis
aligned, fully inside the grid, no cell shared by two blocks) and answers with the largest
possible sum of all the numbers they cover (one integer).

Three pairwise disjoint axis-parallel squares can always be split by a straight cut (a horizontal
or vertical line between rows or columns) into one square on one side and two on the other, and
the two can again be split by a cut on their side (layouts that need no such cut, like a
pinwheel, need at least five rectangles). So the optimum is the best of six layouts: three bands
of rows, three bands of columns, and a cut with one square on one side and two, split by a
perpendicular cut, on the other (four orientations). With the K x K window sums and prefix maxima
over rows, columns and the four corners, every layout is a scan over one or two cut positions:
O(rows * cols + rows^2 + cols^2).

Cells hold integers drawn uniformly from 0..99.

Difficulty schedule:

    d        0   1   2   3   4  ...   6  ...  10  ...  20  ...  d
    rows     6   6   7   7   8  ...   9  ...  11  ...  16  ...  6 + d // 2
    cols     6   7   7   8   8  ...   9  ...  11  ...  16  ...  6 + (d + 1) // 2
    K        2   2   2   2   2  ...   3  ...   3  ...   5  ...  2 + d // 6

Level 0 is a 6x6 grid with 2x2 squares (81 ways to place the three, most of them overlapping);
one side grows every level and K every six, so the number of placements to weigh grows like the
cube of the area while K stays at most a third of the shorter side (three squares always fit in a
row band, and the L-shaped layouts have room too).
"""

from __future__ import annotations

import numpy as np

from rlve_gym import Environment
from rlve_gym.answers import parse_int

MAX_VALUE = 99


def window_sums(grid: list[list[int]], k: int) -> np.ndarray:
    """``sums[r, c]``: the total of the k x k block whose top-left cell is (r, c)."""
    values = np.asarray(grid, dtype=np.int64)
    prefix = np.zeros((values.shape[0] + 1, values.shape[1] + 1), dtype=np.int64)
    prefix[1:, 1:] = values.cumsum(0).cumsum(1)
    return prefix[k:, k:] - prefix[:-k, k:] - prefix[k:, :-k] + prefix[:-k, :-k]


def _band_best(line_best: np.ndarray, k: int, lines: int) -> np.ndarray:
    """``band[a, b]``: best block inside lines a..b-1 (b - a >= k), -1 where none fits; blocks are
    indexed by their first line, ``line_best[s]`` the best block starting at line s."""
    band = np.full((lines + 1, lines + 1), -1, dtype=np.int64)
    for a in range(lines):
        running = -1
        for b in range(a + k, lines + 1):
            running = max(running, int(line_best[b - k]))
            band[a, b] = running
    return band


def best_three_squares(grid: list[list[int]], k: int) -> int:
    """The largest total of three pairwise disjoint k x k blocks (-1 if three never fit)."""
    sums = window_sums(grid, k)
    rows, cols = len(grid), len(grid[0])
    best = -1
    # three bands of rows, three bands of columns
    for line_best, lines in ((sums.max(axis=1), rows), (sums.max(axis=0), cols)):
        band = _band_best(line_best, k, lines)
        for first in range(k, lines + 1):
            for second in range(first + k, lines - k + 1):
                best = max(best, band[0, first] + band[first, second] + band[second, lines])
    # one cut with one block on one side, the other side split by a perpendicular cut
    for table in (sums, sums[::-1, :], sums.T, sums.T[::-1, :]):
        best = max(best, _one_and_two(table, k))
    return int(best)


def _one_and_two(sums: np.ndarray, k: int) -> int:
    """Best total with one block in rows above a horizontal cut and two blocks below it split by
    a vertical cut (``sums`` indexed by the blocks' top-left cells, in the oriented frame)."""
    starts_r, starts_c = sums.shape
    rows, cols = starts_r + k - 1, starts_c + k - 1
    # above[b]: best block within rows 0..b-1
    row_best = sums.max(axis=1)
    above = np.full(rows + 1, -1, dtype=np.int64)
    for b in range(k, rows + 1):
        above[b] = max(above[b - 1], row_best[b - k])
    # below_left[b, x]: best block with top row >= b and columns within 0..x-1; below_right: >= x
    suffix = np.maximum.accumulate(sums[::-1, :], axis=0)[::-1, :]  # suffix[s, c]: best row >= s
    best = -1
    for b in range(k, rows - k + 1):
        from_b = suffix[b]  # best block starting at row >= b, by starting column
        left = np.maximum.accumulate(from_b)  # left[c]: best starting column <= c
        right = np.maximum.accumulate(from_b[::-1])[::-1]  # right[c]: best starting column >= c
        for x in range(k, cols - k + 1):
            best = max(best, int(above[b] + left[x - k] + right[x]))
    return best


class ThreeDisjointSquaresMaxSum(Environment):
    description = "Largest total of three non-overlapping K x K squares in a grid of integers"
    answer_kind = "single_int"
    answer_example = "-1"
    catalog_name = "MaxThreeSquareSum"

    def schedule(self, difficulty):
        return {
            "rows": 6 + difficulty // 2,
            "cols": 6 + (difficulty + 1) // 2,
            "side": 2 + difficulty // 6,
        }

    def generate_instance(self, rng, sizes):
        grid = [
            [rng.randint(0, MAX_VALUE) for _ in range(sizes["cols"])] for _ in range(sizes["rows"])
        ]
        return {"grid": grid, "side": sizes["side"]}

    def solve(self, instance):
        return best_three_squares(instance["grid"], instance["side"])

    def render(self, instance):
        grid, k = instance["grid"], instance["side"]
        width = max(len(str(v)) for row in grid for v in row)
        shown = "\n".join(" ".join(str(v).rjust(width) for v in row) for row in grid)
        return (
            f"Here is a grid of integers with {len(grid)} rows and {len(grid[0])} columns:\n"
            f"{shown}\n\n"
            f"A {k} x {k} square is a block of {k} consecutive rows and {k} consecutive columns of "
            "the grid (it must lie entirely inside the grid). Choose three such squares that do "
            "not overlap (no cell belongs to two of them; touching along an edge is allowed) so "
            "that the sum of all the numbers in the three squares is as large as possible.\n"
            "Answer with that largest possible sum, a single integer."
        )

    def parse(self, text, instance):
        return parse_int(text, max_digits=12)
