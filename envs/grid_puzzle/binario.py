"""NoThreeInLineBinaryGridCompletion: fill a 0/1 grid with given counts of 1s and no three equal
cells in a row.

A grid shows some cells as 0 or 1 and hides the others ('*'); every row and every column has a
required number of 1s. The solver fills each hidden cell with 0 or 1 so that every row and
column has its required count and no three horizontally or vertically consecutive cells are
equal (no 000 or 111 along any row or column). Any completion that keeps the shown cells and
meets the rules is correct (there may be several); scores are binary.

The instance plants a random grid without three equal cells in a line (cells filled row by row
with a random value that creates no triple, backtracking on the rare dead end), takes its counts
and hides a share of its cells drawn from ``HIDDEN_SHARES`` (at least ``MIN_HIDDEN`` cells), so
a solution always exists. The counts and the no-triple rule propagate along rows and columns,
as in Binairo / Takuzu puzzles.

Difficulty schedule (hidden share drawn from 0.3, 0.4, ..., 0.9):

    d          0   1   2   3   4  ...  10  ...  20  ...  d
    rows       5   5   6   6   7  ...  10  ...  15  ...  5 + d // 2
    columns    5   6   6   7   7  ...  10  ...  15  ...  5 + (d + 1) // 2

One side grows every level, so the hidden area grows quadratically.
"""

from __future__ import annotations

from rlve_gym import Environment, Verdict
from rlve_gym.answers import parse_grid

from ._cell_puzzles import (
    HIDDEN,
    changed_given,
    hide_cells,
    line_counts,
    random_completion,
    token_grid_text,
)

HIDDEN_SHARES = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
MIN_HIDDEN = 10


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


class NoThreeInLineBinaryGridCompletion(Environment):
    description = "A 0/1 grid completion with given counts of 1s and no three equal cells in a line"
    answer_kind = "grid"
    multiple_valid_answers = True
    answer_example = "10\n01"
    catalog_name = "Binario"

    def schedule(self, difficulty):
        return {"rows": 5 + difficulty // 2, "columns": 5 + (difficulty + 1) // 2}

    def generate_instance(self, rng, sizes):
        rows, cols = sizes["rows"], sizes["columns"]
        solution = random_tripleless_grid(rng, rows, cols)
        row_ones, col_ones = line_counts(solution, "1")
        hidden = min(rows * cols, max(MIN_HIDDEN, round(rng.choice(HIDDEN_SHARES) * rows * cols)))
        return {
            "puzzle": hide_cells(rng, solution, hidden),
            "row_ones": row_ones,
            "column_ones": col_ones,
            "solution": ["".join(row) for row in solution],
        }

    def solve(self, instance):
        return "\n".join(instance["solution"])

    def render(self, instance):
        puzzle = instance["puzzle"]
        rows, cols = len(puzzle), len(puzzle[0])
        return (
            f"Here is a grid with {rows} rows and {cols} columns; each cell is 0, 1, or * for a "
            "cell you must fill in (cells are separated by spaces):\n"
            f"{token_grid_text(puzzle)}\n\n"
            "Required number of 1s in each row, from the top row to the bottom row: "
            f"{' '.join(map(str, instance['row_ones']))}\n"
            "Required number of 1s in each column, from the left column to the right column: "
            f"{' '.join(map(str, instance['column_ones']))}\n\n"
            "Replace every * by 0 or 1 so that every row and every column contains exactly its "
            "required number of 1s, and no three consecutive cells of a row or of a column are "
            "equal (000 and 111 may not appear horizontally or vertically). Cells that already "
            "show 0 or 1 must stay as they are.\n"
            f"Answer with the completed grid: {rows} lines of {cols} digits (0 or 1). For example, "
            "a completed 2 x 2 grid could be written as the lines 10 and 01. If several "
            "completions work, any one of them is accepted."
        )

    def parse(self, text, instance):
        puzzle = instance["puzzle"]
        return parse_grid(text, len(puzzle), len(puzzle[0]), cells={"0", "1"})

    def check(self, instance, answer, reference):
        changed = changed_given(instance["puzzle"], answer)
        if changed:
            return Verdict.wrong(changed)
        row_ones, col_ones = line_counts(answer, "1")
        for r, (have, want) in enumerate(zip(row_ones, instance["row_ones"], strict=True)):
            if have != want:
                return Verdict.wrong(f"row {r + 1} has {have} ones, expected {want}")
        for c, (have, want) in enumerate(zip(col_ones, instance["column_ones"], strict=True)):
            if have != want:
                return Verdict.wrong(f"column {c + 1} has {have} ones, expected {want}")
        why = triple(answer)
        return Verdict.right() if why is None else Verdict.wrong(why)

    def random_answer(self, problem, rng, other):
        return random_completion(rng, problem.instance["puzzle"], ["0", "1"])

    def near_misses(self, problem):
        puzzle = problem.instance["puzzle"]
        grid = [list(line) for line in problem.answer.split("\n")]
        rows, cols = len(grid), len(grid[0])
        misses = []
        r, c = next((r, c) for r in range(rows) for c in range(cols) if puzzle[r][c] == HIDDEN)
        flipped = [list(row) for row in grid]  # one hidden cell flipped: a count is off
        flipped[r][c] = "1" if grid[r][c] == "0" else "0"
        misses.append(flipped)
        ordered = [sorted(row) for row in grid]  # each row sorted: counts kept, triples appear
        if triple(ordered):
            misses.append(ordered)
        misses.append([list(row) for row in grid[:-1]])
        return ["\n".join("".join(row) for row in m) for m in misses]
