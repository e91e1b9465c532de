"""NearestOneDistanceGrid: for every cell, the number of steps to the nearest 1 around blocked cells.

The solver sees a grid of the characters 0, 1 and X. A step moves to a side-adjacent cell (up,
down, left or right) and may never enter an X cell. For every cell that is not X, the answer gives
the fewest steps from that cell to a cell holding 1 (0 for a 1-cell itself), or -1 when no 1 can be
reached; every X cell is answered -1. The answer is this whole grid of integers (unique; the
reference runs one breadth-first search from all 1-cells at once). Only the complete grid counts:
there is no partial credit, since copying the input already gets most cells of a sparse grid right.

Instances: about 6% of the cells hold 1 (at least one), and each grid draws its own share of X
cells in [0.15, 0.35], enough to make walls that bend paths and now and then seal a pocket off
(-1 answers), while most cells stay reachable.

Difficulty schedule:

    d        0   1   2   3   4  ...  10  ...  20  ...  d
    rows     6   6   7   7   8  ...  11  ...  16  ...  6 + d // 2
    cols     6   7   7   8   8  ...  11  ...  16  ...  6 + (d + 1) // 2

Level 0 is 6x6, 36 distances to find (already no two grids alike); one side grows every level,
so the number of cells, and the length of the detours around X walls, grow with the area.
"""

from __future__ import annotations

from collections import deque

from rlve_gym import Environment, Verdict
from rlve_gym.answers import parse_grid
from rlve_gym.grids import render_char_grid

ONE_SHARE = 0.06


def nearest_one_distances(grid: list[str]) -> list[list[int]]:
    """Steps from each cell to the nearest '1' avoiding 'X' cells (-1: none, and for X cells),
    by one multi-source BFS."""
    height, width = len(grid), len(grid[0])
    dist = [[-1] * width for _ in range(height)]
    queue = deque()
    for r in range(height):
        for c in range(width):
            if grid[r][c] == "1":
                dist[r][c] = 0
                queue.append((r, c))
    while queue:
        r, c = queue.popleft()
        for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= nr < height and 0 <= nc < width and dist[nr][nc] < 0:
                if grid[nr][nc] != "X":
                    dist[nr][nc] = dist[r][c] + 1
                    queue.append((nr, nc))
    return dist


class NearestOneDistanceGrid(Environment):
    description = "Steps from every cell to the nearest 1 without entering X cells (-1 if none)"
    answer_kind = "grid"
    answer_example = "0 1\n-1 2"
    catalog_name = "GridBFS"

    def schedule(self, difficulty):
        return {"rows": 6 + difficulty // 2, "cols": 6 + (difficulty + 1) // 2}

    def generate_instance(self, rng, sizes):
        rows, cols = sizes["rows"], sizes["cols"]
        wall_share = rng.uniform(0.15, 0.35)
        cells = []
        for _ in range(rows * cols):
            u = rng.random()
            cells.append("1" if u < ONE_SHARE else "X" if u < ONE_SHARE + wall_share else "0")
        if "1" not in cells:
            cells[rng.randrange(rows * cols)] = "1"
        grid = ["".join(cells[r * cols : (r + 1) * cols]) for r in range(rows)]
        return {"grid": grid}

    def solve(self, instance):
        return nearest_one_distances(instance["grid"])

    def format_answer(self, answer):
        return "\n".join(" ".join(map(str, row)) for row in answer)

    def render(self, instance):
        grid = instance["grid"]
        return (
            f"Here is a grid with {len(grid)} rows and {len(grid[0])} columns; every cell holds "
            "0, 1 or X (cells are separated by spaces):\n"
            f"{render_char_grid(grid, spaced=True)}\n\n"
            "A step moves from a cell to a cell sharing a side with it (up, down, left or right, "
            "never diagonally) and may never enter a cell holding X. For every cell, find the "
            "smallest number of steps from that cell to some cell holding 1 (a cell holding 1 "
            "has 0 steps). Write -1 for a cell from which no cell holding 1 can be reached, and "
            "-1 for every X cell.\n"
            f"Answer with a grid of {len(grid)} rows and {len(grid[0])} columns: one line per "
            "row, the integers of a row separated by spaces. For example, the 2 x 2 grid "
            "'1 0 / X 0' would be answered as the two lines '0 1' and '-1 2'."
        )

    def parse(self, text, instance):
        grid = instance["grid"]
        return parse_grid(text, len(grid), len(grid[0]), max_digits=6)

    def check(self, instance, answer, reference):
        expected = reference if reference is not None else self.solve(instance)
        wrong = [
            (r, c)
            for r, row in enumerate(expected)
            for c, value in enumerate(row)
            if answer[r][c] != value
        ]
        if not wrong:
            return Verdict.right()
        return Verdict.wrong(
            f"{len(wrong)} of the {len(expected) * len(expected[0])} cells are wrong"
        )
