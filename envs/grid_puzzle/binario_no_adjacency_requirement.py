"""BalancedBinaryGridCompletion: fill a 0/1 grid so every row and every column is half ones.

A grid with an even number of rows and columns shows some cells as 0 or 1 and hides the others
('*'). The solver fills every hidden cell with 0 or 1 so that each row and each column holds as
many 1s as 0s. Any such completion that keeps the shown cells is correct (there are often
several); scores are binary.

The instance plants a random balanced grid: a checkerboard mixed by many random "switches" (a
2 x 2 pattern 10/01 in two rows and two columns turned into 01/10, which keeps every row and
column count), then hides a share of its cells drawn from ``HIDDEN_SHARES``. Masks that a
checkerboard would fit are redrawn, so that fixed pattern is never right. Completing means
solving a bipartite degree problem; with many shown cells the counts force most values, with
many hidden ones the choices interact across rows and columns.

Difficulty schedule (the hidden share is drawn from 0.3, 0.4, ..., 0.7, at least 10 cells):

    d            0   1   2   3   4  ...  10  ...  20  ...  d
    rows         4   4   4   6   6  ...  10  ...  16  ...  2 * (2 + d // 3)
    columns      6   6   8   8   8  ...  12  ...  20  ...  2 * (3 + (d + 1) // 3)

Level 0 is 4 x 6: on 4 x 4 grids a random completion of the hidden cells is balanced too often.
Both sides grow by two every three levels (the grid must stay even), so the hidden area grows
quadratically.
"""

from __future__ import annotations

from ._cell_puzzles import HIDDEN, BinaryGridCompletion, hidden_count, hide_cells

HIDDEN_SHARES = (0.3, 0.4, 0.5, 0.6, 0.7)
MIN_HIDDEN = 10
SWITCHES_PER_CELL = 4
MASK_REDRAWS = 20


def random_balanced_grid(rng, rows: int, cols: int) -> list[list[str]]:
    """A random 0/1 grid with rows/2 ones per column and cols/2 ones per row."""
    grid = [[(r + c) % 2 for c in range(cols)] for r in range(rows)]
    for _ in range(SWITCHES_PER_CELL * rows * cols):
        r1, r2 = rng.randrange(rows), rng.randrange(rows)
        c1, c2 = rng.randrange(cols), rng.randrange(cols)
        a, b = grid[r1], grid[r2]
        if a[c1] == b[c2] != a[c2] == b[c1]:
            a[c1], a[c2], b[c1], b[c2] = a[c2], a[c1], b[c2], b[c1]
    return [[str(v) for v in row] for row in grid]


def checkerboard_fits(puzzle: list[list[str]]) -> bool:
    for phase in (0, 1):
        if all(
            t == HIDDEN or int(t) == (r + c + phase) % 2
            for r, row in enumerate(puzzle)
            for c, t in enumerate(row)
        ):
            return True
    return False


class BalancedBinaryGridCompletion(BinaryGridCompletion):
    description = (
        "A 0/1 completion of a partly shown grid with as many 1s as 0s in every row and column"
    )
    answer_example = "01\n10"
    catalog_name = "Binario_NoAdjacencyRequirement"

    def schedule(self, difficulty):
        return {"rows": 2 * (2 + difficulty // 3), "columns": 2 * (3 + (difficulty + 1) // 3)}

    def generate_instance(self, rng, sizes):
        rows, cols = sizes["rows"], sizes["columns"]
        solution = random_balanced_grid(rng, rows, cols)
        hidden = hidden_count(rng, rows, cols, HIDDEN_SHARES, MIN_HIDDEN)
        for _ in range(MASK_REDRAWS):
            puzzle = hide_cells(rng, solution, hidden)
            if not checkerboard_fits(puzzle):
                break
        return {"puzzle": puzzle, "solution": ["".join(row) for row in solution]}

    def required_ones(self, instance):
        puzzle = instance["puzzle"]
        rows, cols = len(puzzle), len(puzzle[0])
        return [cols // 2] * rows, [rows // 2] * cols

    def render(self, instance):
        puzzle = instance["puzzle"]
        rows, cols = len(puzzle), len(puzzle[0])
        return (
            f"{self.grid_text(puzzle)}"
            "Replace every * by 0 or 1 so that every row contains exactly as many 1s as 0s (that "
            f"is, {cols // 2} of each) and every column contains exactly as many 1s as 0s ("
            f"{rows // 2} of each). Cells that already show 0 or 1 must stay as they are.\n"
            f"{self.answer_text(puzzle)}"
        )

    def count_keeping_misses(self, puzzle, grid):
        """A switch (10/01 to 01/10 in two rows and two columns) on a shown cell: every count
        stays, a given changes."""
        flip = {"0": "1", "1": "0"}
        r, c = next(
            (r, c) for r, row in enumerate(puzzle) for c, t in enumerate(row) if t != HIDDEN
        )
        for r2 in range(len(grid)):
            for c2 in range(len(grid[0])):
                if grid[r][c] == grid[r2][c2] != grid[r][c2] == grid[r2][c]:
                    switched = [list(row) for row in grid]
                    for rr, cc in ((r, c), (r2, c2), (r, c2), (r2, c)):
                        switched[rr][cc] = flip[switched[rr][cc]]
                    return [switched]
        return []
