"""NonAdjacentOnesGridCompletion: fill a 0/1 grid with given row and column counts of 1s, no two
1s side by side.

A grid shows some cells as 0 or 1 and hides the others ('*'); every row and every column has a
required number of 1s. The solver fills each hidden cell with 0 or 1 so that every row and
column has its required count and no two 1s share a side (diagonal contact is allowed). Any
completion that keeps the shown cells and meets the rules is correct (there may be several);
scores are binary.

The instance plants a random pattern of 1s (cells visited in random order, each set to 1 with
probability one half unless a side neighbour already is 1, so about 27% of the
cells), takes its counts, and hides a share of its cells drawn from ``hidden_shares`` (at least
``min_hidden`` cells), so a solution always exists. With many cells hidden the counts and the
spacing rule interact across the whole grid (campsite / tents-style deduction).

Difficulty schedule (hidden share drawn from 0.3, 0.4, ..., 0.9):

    d          0   1   2   3   4  ...  10  ...  20  ...  d
    rows       5   5   6   6   7  ...  10  ...  15  ...  5 + d // 2
    columns    5   6   6   7   7  ...  10  ...  15  ...  5 + (d + 1) // 2

One side grows every level, so the hidden area grows quadratically.
"""

from __future__ import annotations

from ._cell_puzzles import CountedOnesGridCompletion


def random_spaced_ones(rng, rows: int, cols: int) -> list[list[str]]:
    grid = [["0"] * cols for _ in range(rows)]
    cells = [(r, c) for r in range(rows) for c in range(cols)]
    rng.shuffle(cells)
    for r, c in cells:
        if rng.random() < 0.5 and not any(
            0 <= a < rows and 0 <= b < cols and grid[a][b] == "1"
            for a, b in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1))
        ):
            grid[r][c] = "1"
    return grid


def touching_ones(grid: list[list[str]]) -> tuple[int, int, int, int] | None:
    """(r1, c1, r2, c2) of two side-neighbouring 1s, or None."""
    rows, cols = len(grid), len(grid[0])
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] != "1":
                continue
            if c + 1 < cols and grid[r][c + 1] == "1":
                return r, c, r, c + 1
            if r + 1 < rows and grid[r + 1][c] == "1":
                return r, c, r + 1, c
    return None


class NonAdjacentOnesGridCompletion(CountedOnesGridCompletion):
    description = (
        "A 0/1 grid completion with given row/column counts of 1s and no two 1s side by side"
    )
    catalog_name = "CampsitePuzzle"
    rule_text = "no two 1s are in cells that share a side (two 1s may touch diagonally)."
    blind_tokens = ("0", "0", "1")

    def plant(self, rng, rows, cols):
        return random_spaced_ones(rng, rows, cols)

    def rule_violation(self, grid):
        pair = touching_ones(grid)
        if pair is None:
            return None
        r1, c1, r2, c2 = pair
        return f"the 1s at row {r1 + 1}, column {c1 + 1} and row {r2 + 1}, column {c2 + 1} share a side"

    def rule_breaking_variants(self, grid):
        """A 1 slid sideways next to another keeps the row count; all zeros breaks the counts."""
        rows, cols = len(grid), len(grid[0])
        variants = []
        slide = next(
            (
                (r, c)
                for r in range(rows)
                for c in range(cols - 1)
                if grid[r][c : c + 2] == ["1", "0"]
            ),
            None,
        )
        if slide is not None:
            r, c = slide
            slid = [list(row) for row in grid]
            slid[r][c], slid[r][c + 1] = "0", "1"
            variants.append(slid)
        variants.append([["0"] * cols for _ in range(rows)])
        return variants
