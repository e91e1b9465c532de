"""MoleHammerFewestSwings: the fewest swings of one fixed-size rectangular hammer that clear a grid.

Each cell of a grid holds a number of moles. Before starting, the player fixes a hammer of r rows
by c columns (any 1 <= r <= rows, 1 <= c <= cols, never rotated). A swing covers an r x c block of
cells inside the grid, every one of which must still hold at least one mole, and removes one mole
from each. The answer is the smallest number of swings that removes every mole, over all hammer
sizes (one integer; a 1 x 1 hammer always works, so there is always an answer).

Every swing removes r * c moles, so a hammer that works needs exactly total / (r * c) swings, and
the answer comes from the largest-area hammer that works. Whether an r x c hammer works does not
depend on the order of the swings (a multiset of blocks that covers each cell exactly as many
times as it has moles can be swung in any order), and the top-left cell still holding moles can
only be cleared by blocks starting there, so a row-major sweep that swings there as often as
needed decides it in O(rows * cols) with a 2-D difference array (compiled with Numba). The
reference tries the hammer sizes whose area divides the total, largest area first.

Instances are planted: a random hammer of area at least 2 is swung at random places (so a hammer
larger than 1 x 1 always works) between 1 and 6 times as often as it takes to cover the area once,
and the grid shows what was hit; this wide range of swing counts keeps every answer value rare
(at most 3-4% of the seeds; with 2 to 2 area / (r * c) swings one value took 8%).

Difficulty schedule:

    d             0   1   2   3   4  ...  10  ...  20  ...  d
    rows          5   5   6   6   7  ...  10  ...  15  ...  5 + d // 2
    cols          5   6   6   7   7  ...  10  ...  15  ...  5 + (d + 1) // 2
    hammer side  <=2 <=2 <=3 <=3 <=3 ...  <=5 ...  <=7 ...  <= min(rows, cols) // 2 (at least 2)

Level 0 is 5x5 with planted hammers up to 2 x 2 (a few swings already overlap into many-mole
cells); one side grows every level, and with it the hammer sizes to try and the overlaps to undo.
"""

from __future__ import annotations

import numpy as np
from numba import njit

from rlve_gym import Environment
from rlve_gym.answers import parse_int

#: the planted hammer is swung between 1 and this many times the count that covers the area once
MAX_LAYERS = 6


@njit(cache=True)
def hammer_clears(grid, r, c):
    """Can an r x c hammer clear the grid? Row-major sweep with a 2-D difference array."""
    rows, cols = grid.shape
    diff = np.zeros((rows + 1, cols + 1), np.int64)  # swing counts at block corners
    hit = np.zeros((rows + 1, cols + 1), np.int64)  # hit[i + 1, j + 1]: swings covering (i, j)
    for i in range(rows):
        for j in range(cols):
            covered = diff[i, j] + hit[i, j + 1] + hit[i + 1, j] - hit[i, j]
            left = grid[i, j] - covered
            if left < 0:
                return False
            if left > 0:
                if i + r > rows or j + c > cols:
                    return False
                diff[i, j] += left
                diff[i, j + c] -= left
                diff[i + r, j] -= left
                diff[i + r, j + c] += left
                covered += left
            hit[i + 1, j + 1] = covered
    return True


def fewest_swings(grid: list[list[int]]) -> int:
    values = np.asarray(grid, dtype=np.int64)
    rows, cols = values.shape
    total = int(values.sum())
    sizes = [
        (r * c, r, c)
        for r in range(1, rows + 1)
        for c in range(1, cols + 1)
        if total % (r * c) == 0
    ]
    for area, r, c in sorted(sizes, reverse=True):
        if hammer_clears(values, r, c):
            return total // area
    return total  # unreachable: the 1 x 1 hammer always clears


class MoleHammerFewestSwings(Environment):
    description = "Fewest swings of one fixed-size rectangular hammer that clear all moles"
    answer_kind = "single_int"
    answer_example = "-2"
    catalog_name = "WhackAMole"

    def schedule(self, difficulty):
        rows, cols = 5 + difficulty // 2, 5 + (difficulty + 1) // 2
        return {"rows": rows, "cols": cols, "max_hammer_side": max(2, min(rows, cols) // 2)}

    def generate_instance(self, rng, sizes):
        rows, cols, side = sizes["rows"], sizes["cols"], sizes["max_hammer_side"]
        while True:  # a hammer of area >= 2 (at most a few redraws)
            r, c = rng.randint(1, side), rng.randint(1, side)
            if r * c >= 2:
                break
        grid = [[0] * cols for _ in range(rows)]
        layers = rows * cols / (r * c)  # swings that would cover the area about once
        swings = rng.randint(max(2, int(layers)), int(MAX_LAYERS * layers))
        for _ in range(swings):
            top, left = rng.randint(0, rows - r), rng.randint(0, cols - c)
            for i in range(top, top + r):
                for j in range(left, left + c):
                    grid[i][j] += 1
        return {"grid": grid}

    def solve(self, instance):
        return fewest_swings(instance["grid"])

    def render(self, instance):
        grid = instance["grid"]
        rows, cols = len(grid), len(grid[0])
        width = max(len(str(v)) for row in grid for v in row)
        shown = "\n".join(" ".join(str(v).rjust(width) for v in row) for row in grid)
        return (
            f"A field of {rows} rows and {cols} columns of holes; each number is how many moles "
            f"are in that hole:\n{shown}\n\n"
            f"Before you start, you choose the size of your hammer once: r rows by c columns, "
            f"with 1 <= r <= {rows} and 1 <= c <= {cols}; it cannot be changed or rotated later. "
            "Each swing of the hammer covers a block of r consecutive rows and c consecutive "
            "columns lying entirely inside the field; every hole in the block must still contain "
            "at least one mole, and the swing removes exactly one mole from each hole in the "
            "block. You may swing as often as you like.\n"
            "What is the smallest number of swings that removes all the moles, choosing the "
            "hammer size as well as possible? Answer with a single integer."
        )

    def parse(self, text, instance):
        return parse_int(text, max_digits=12)
