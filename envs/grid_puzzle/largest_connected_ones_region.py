"""LargestConnectedOnesRegion: the size of the largest 4-connected region of 1s in a 0/1 grid.

The solver sees a grid of 0s and 1s. Two cells with value 1 are connected when they share a side
(up, down, left or right; diagonal contact does not count); a region is a maximal set of 1-cells
connected through such steps. The answer is the number of cells of the largest region (one
integer; the reference counts regions by breadth-first search).

Each grid is drawn with its own share of 1s, uniform in [0.45, 0.95], on both sides of the
site-percolation threshold of the square lattice (about 0.59): below it regions stay small and
many compete for the largest, above it one region swallows most of the grid, so the answer
spreads over a wide range and no fixed number is right often.

Difficulty schedule:

    d        0   1   2   3   4  ...  10  ...  20  ...  d
    rows    10  10  11  11  12  ...  15  ...  20  ...  10 + d // 2
    cols    10  11  11  12  12  ...  15  ...  20  ...  10 + (d + 1) // 2

Level 0 is a 10x10 grid: on smaller grids the largest region takes few enough values that the
most common one is right on 4-10% of the seeds (6x6: 5-10%, 8x8: about 4%). One side grows every level, so the area (and the number of regions
to trace and compare by hand) grows quadratically; BFS stays linear in the area.
"""

from __future__ import annotations

from collections import deque

from rlve_gym import Environment
from rlve_gym.answers import parse_int
from rlve_gym.grids import render_char_grid


def largest_region(grid: list[str]) -> int:
    """Cells in the largest 4-connected region of '1' cells (0 when there is none), by BFS."""
    height, width = len(grid), len(grid[0])
    seen = [[False] * width for _ in range(height)]
    best = 0
    for r0 in range(height):
        for c0 in range(width):
            if grid[r0][c0] != "1" or seen[r0][c0]:
                continue
            seen[r0][c0] = True
            queue, size = deque([(r0, c0)]), 0
            while queue:
                r, c = queue.popleft()
                size += 1
                for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                    if 0 <= nr < height and 0 <= nc < width and not seen[nr][nc]:
                        if grid[nr][nc] == "1":
                            seen[nr][nc] = True
                            queue.append((nr, nc))
            best = max(best, size)
    return best


class LargestConnectedOnesRegion(Environment):
    description = "Size of the largest 4-connected region of 1s in a 0/1 grid"
    answer_kind = "single_int"
    answer_example = "-3"
    catalog_name = "GridComponent"

    def schedule(self, difficulty):
        return {"rows": 10 + difficulty // 2, "cols": 10 + (difficulty + 1) // 2}

    def generate_instance(self, rng, sizes):
        density = rng.uniform(0.45, 0.95)
        grid = [
            "".join("1" if rng.random() < density else "0" for _ in range(sizes["cols"]))
            for _ in range(sizes["rows"])
        ]
        return {"grid": grid}

    def solve(self, instance):
        return largest_region(instance["grid"])

    def render(self, instance):
        grid = instance["grid"]
        return (
            f"Here is a grid with {len(grid)} rows and {len(grid[0])} columns; every cell holds "
            "0 or 1 (cells are separated by spaces):\n"
            f"{render_char_grid(grid, spaced=True)}\n\n"
            "Two cells holding 1 are connected when they share a side (up, down, left or right; "
            "touching only at a corner does not count). A region is a largest possible set of "
            "1-cells in which every cell can be reached from every other by steps between "
            "connected cells. How many cells does the largest region have? (Answer 0 if the grid "
            "has no 1 at all.)\n"
            "Answer with a single integer."
        )

    def parse(self, text, instance):
        return parse_int(text, max_digits=8)
