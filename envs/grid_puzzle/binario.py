"""NoThreeInLineBinaryGridCompletion: fill a 0/1 grid with given counts of 1s and no three equal
cells in a row.

A grid shows some cells as 0 or 1 and hides the others ('*'); every row and every column has a
required number of 1s. The solver fills each hidden cell with 0 or 1 so that every row and
column has its required count and no three horizontally or vertically consecutive cells are
equal (no 000 or 111 along any row or column). Any completion that keeps the shown cells and
meets the rules is correct (there may be several); scores are binary.

The instance plants a random grid without three equal cells in a line (cells filled row by row
with a random value that creates no triple, backtracking on the rare dead end), takes its counts
and hides a share of its cells drawn from ``hidden_shares`` (at least ``min_hidden`` cells), so
a solution always exists. The counts and the no-triple rule propagate along rows and columns,
as in Binairo / Takuzu puzzles.

Difficulty schedule (hidden share drawn from 0.3, 0.4, ..., 0.9):

    d          0   1   2   3   4  ...  10  ...  20  ...  d
    rows       5   5   6   6   7  ...  10  ...  15  ...  5 + d // 2
    columns    5   6   6   7   7  ...  10  ...  15  ...  5 + (d + 1) // 2

One side grows every level, so the hidden area grows quadratically.
"""

from __future__ import annotations

from ._cell_puzzles import HIDDEN, CountedOnesGridCompletion


def _allowed(grid: list[list[str]], r: int, c: int) -> list[str]:
    out = []
    for v in "01":
        if c >= 2 and grid[r][c - 1] == grid[r][c - 2] == v:
            continue
        if r >= 2 and grid[r - 1][c] == grid[r - 2][c] == v:
            continue
        out.append(v)
    return out


def random_tripleless_grid(rng, rows: int, cols: int) -> list[list[str]]:
    """A random 0/1 grid with no three equal consecutive cells in any row or column."""
    grid = [[HIDDEN] * cols for _ in range(rows)]
    options: list[list[str]] = []
    index = 0
    while index < rows * cols:
        r, c = divmod(index, cols)
        if len(options) == index:
            values = _allowed(grid, r, c)
            rng.shuffle(values)
            options.append(values)
        if options[index]:
            grid[r][c] = options[index].pop()
            index += 1
        else:  # dead end: back up one cell
            options.pop()
            grid[r][c] = HIDDEN
            index -= 1
    return grid


def triple(grid: list[list[str]]) -> str | None:
    """A description of the first three equal consecutive cells, or None."""
    rows, cols = len(grid), len(grid[0])
    for r in range(rows):
        for c in range(cols):
            v = grid[r][c]
            if c + 2 < cols and grid[r][c + 1] == grid[r][c + 2] == v:
                return f"row {r + 1} has three {v}s in a row from column {c + 1}"
            if r + 2 < rows and grid[r + 1][c] == grid[r + 2][c] == v:
                return f"column {c + 1} has three {v}s in a row from row {r + 1}"
    return None


class NoThreeInLineBinaryGridCompletion(CountedOnesGridCompletion):
    description = "A 0/1 grid completion with given counts of 1s and no three equal cells in a line"
    catalog_name = "Binario"
    rule_text = (
        "no three consecutive cells of a row or of a column are equal (000 and 111 may not "
        "appear horizontally or vertically)."
    )

    def plant(self, rng, rows, cols):
        return random_tripleless_grid(rng, rows, cols)

    def rule_violation(self, grid):
        return triple(grid)

    def rule_breaking_variants(self, grid):
        ordered = [sorted(row) for row in grid]  # each row sorted: counts kept, triples appear
        return [ordered] if triple(ordered) else []
