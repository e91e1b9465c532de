"""DoubleCrossCount: count the "double cross" shapes made of 1s in a 0/1 grid.

A double cross is a vertical bar crossed by two horizontal bars, each horizontal bar centred on
the vertical one, the upper bar strictly shorter than the lower one, the two bars not on adjacent
rows, and the vertical bar reaching strictly above the upper bar and strictly below the lower one.
Precisely, it is fixed by a column c, rows top < upper < lower < bottom with lower - upper >= 2,
and half-widths 1 <= a < b, and consists of the cells (top..bottom, c), (upper, c-a..c+a) and
(lower, c-b..c+b); it is present in the grid when all those cells hold 1 (other cells, and cells
around the shape, may hold anything). The answer is the number of present double crosses (one
integer; different parameter choices give different cell sets, so shapes are counted once each).

The reference works per column and run of consecutive 1s in it: with L(r) the largest half-width a
horizontal bar centred at (r, c) can have, a pair of bar rows upper < lower in the run contributes
(upper - run start) * (run end - lower) * #{(a, b): 1 <= a <= L(upper), a < b <= L(lower)}, the
last factor in closed form: O(rows^2 * cols) in all.

Instances draw their own share of 1s in [0.5, 0.85] and then 1 to 3 random double crosses are
drawn in (their cells set to 1): on unplanted random grids the count is 0 on half the seeds or
more. The count then ranges from 1 to hundreds at level 0 (no value on more than 3% of seeds) and
grows fast with size.

Difficulty schedule:

    d        0   1   2   3   4  ...  10  ...  20  ...  d
    rows     8   8   9   9  10  ...  13  ...  18  ...  8 + d // 2
    cols     8   9   9  10  10  ...  13  ...  18  ...  8 + (d + 1) // 2

Level 0 is 8x8 (the smallest double cross needs 5x5; on 7x7 grids a count of 6 is right on over
5% of the seeds). One side
grows every level: more shapes to find and larger nested families of them.
"""

from __future__ import annotations

from rlve_gym import Environment
from rlve_gym.answers import parse_int
from rlve_gym.grids import render_char_grid

#: at most this many random double crosses are drawn into each grid
PLANTED_MAX = 3


def plant_double_cross(rng, grid: list[list[str]]) -> None:
    """Set the cells of one uniformly placed random double cross to 1 (grid at least 5x5)."""
    rows, cols = len(grid), len(grid[0])
    lower_half = rng.randint(2, (cols - 1) // 2)
    upper_half = rng.randint(1, lower_half - 1)
    column = rng.randint(lower_half, cols - 1 - lower_half)
    top = rng.randint(0, rows - 5)
    bottom = rng.randint(top + 4, rows - 1)
    upper = rng.randint(top + 1, bottom - 3)
    lower = rng.randint(upper + 2, bottom - 1)
    for r in range(top, bottom + 1):
        grid[r][column] = "1"
    for c in range(column - upper_half, column + upper_half + 1):
        grid[upper][c] = "1"
    for c in range(column - lower_half, column + lower_half + 1):
        grid[lower][c] = "1"


def bar_half_widths(grid: list[str]) -> list[list[int]]:
    """For every cell, the largest h such that cells (r, c-h..c+h) all hold 1 (-1 for a 0-cell)."""
    height, width = len(grid), len(grid[0])
    half = [[-1] * width for _ in range(height)]
    for r, row in enumerate(grid):
        left = [0] * width  # consecutive 1s ending at c (c included)
        right = [0] * width
        for c in range(width):
            left[c] = (left[c - 1] + 1) if row[c] == "1" and c else int(row[c] == "1")
        for c in range(width - 1, -1, -1):
            right[c] = (right[c + 1] + 1) if row[c] == "1" and c + 1 < width else int(row[c] == "1")
        for c in range(width):
            if row[c] == "1":
                half[r][c] = min(left[c], right[c]) - 1
    return half


def arm_pairs(upper_max: int, lower_max: int) -> int:
    """#{(a, b): 1 <= a <= upper_max, a < b <= lower_max}."""
    k = min(upper_max, lower_max - 1)
    if k <= 0:
        return 0
    return k * lower_max - k * (k + 1) // 2


def count_double_crosses(grid: list[str]) -> int:
    height, width = len(grid), len(grid[0])
    half = bar_half_widths(grid)
    total = 0
    for c in range(1, width - 1):
        r = 0
        while r < height:
            if grid[r][c] != "1":
                r += 1
                continue
            start = r
            while r < height and grid[r][c] == "1":
                r += 1
            end = r - 1  # the run is rows start..end
            for upper in range(start + 1, end - 2):
                if half[upper][c] < 1:
                    continue
                above = upper - start
                for lower in range(upper + 2, end):
                    if half[lower][c] >= 2:
                        total += above * (end - lower) * arm_pairs(half[upper][c], half[lower][c])
    return total


class DoubleCrossCount(Environment):
    description = "Number of 'double cross' shapes made of 1s in a 0/1 grid"
    answer_kind = "single_int"
    answer_example = "-5"
    catalog_name = "DoubleCrossCounting"

    def schedule(self, difficulty):
        return {"rows": 8 + difficulty // 2, "cols": 8 + (difficulty + 1) // 2}

    def generate_instance(self, rng, sizes):
        rows, cols = sizes["rows"], sizes["cols"]
        density = rng.uniform(0.5, 0.85)
        grid = [["1" if rng.random() < density else "0" for _ in range(cols)] for _ in range(rows)]
        for _ in range(rng.randint(1, PLANTED_MAX)):
            plant_double_cross(rng, grid)
        return {"grid": ["".join(row) for row in grid]}

    def solve(self, instance):
        return count_double_crosses(instance["grid"])

    def render(self, instance):
        grid = instance["grid"]
        return (
            f"Here is a grid with {len(grid)} rows and {len(grid[0])} columns of 0s and 1s "
            "(rows are numbered from the top, columns from the left):\n"
            f"{render_char_grid(grid)}\n\n"
            "A double cross is a vertical bar of 1s crossed by two horizontal bars of 1s. "
            "Precisely, choose a column c, four rows T < U < L < B with L - U >= 2 (the two "
            "horizontal bars are not on adjacent rows), and two whole numbers 1 <= a < b. The "
            "double cross consists of the cells of column c in rows T to B (the vertical bar, "
            "which reaches strictly above row U and strictly below row L), the cells of row U in "
            "columns c - a to c + a (the upper bar, of length 2a + 1), and the cells of row L in "
            "columns c - b to c + b (the lower bar, of length 2b + 1, strictly longer than the "
            "upper one). It appears in the grid when every one of its cells holds 1 (the "
            "surrounding cells may hold anything). The smallest double cross looks like this:\n"
            "..1..\n.111.\n..1..\n11111\n..1..\n"
            "Two double crosses are different when they do not consist of exactly the same "
            "cells. How many different double crosses appear in the grid above?\n"
            "Answer with a single integer."
        )

    def parse(self, text, instance):
        return parse_int(text, max_digits=30)
