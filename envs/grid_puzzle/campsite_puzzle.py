"""NonAdjacentOnesGridCompletion: fill a 0/1 grid with given row and column counts of 1s, no two
1s side by side.

A grid shows some cells as 0 or 1 and hides the others ('*'); every row and every column has a
required number of 1s. The solver fills each hidden cell with 0 or 1 so that every row and
column has its required count and no two 1s share a side (diagonal contact is allowed). Any
completion that keeps the shown cells and meets the rules is correct (there may be several);
scores are binary.

The instance plants a random pattern of 1s (cells visited in random order, each set to 1 with
probability one half unless a side neighbour already is 1, so about 27% of the
cells), takes its counts, and hides a share of its cells drawn from ``HIDDEN_SHARES`` (at least
``MIN_HIDDEN`` cells), so a solution always exists. With many cells hidden the counts and the
spacing rule interact across the whole grid (campsite / tents-style deduction).

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


class NonAdjacentOnesGridCompletion(Environment):
    description = (
        "A 0/1 grid completion with given row/column counts of 1s and no two 1s side by side"
    )
    answer_kind = "grid"
    multiple_valid_answers = True
    answer_example = "10\n01"
    catalog_name = "CampsitePuzzle"

    def schedule(self, difficulty):
        return {"rows": 5 + difficulty // 2, "columns": 5 + (difficulty + 1) // 2}

    def generate_instance(self, rng, sizes):
        rows, cols = sizes["rows"], sizes["columns"]
        solution = random_spaced_ones(rng, rows, cols)
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
            "required number of 1s, and no two 1s are in cells that share a side (two 1s may touch "
            "diagonally). Cells that already show 0 or 1 must stay as they are.\n"
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
        pair = touching_ones(answer)
        if pair:
            r1, c1, r2, c2 = pair
            return Verdict.wrong(
                f"the 1s at row {r1 + 1}, column {c1 + 1} and row {r2 + 1}, column {c2 + 1} share a side"
            )
        return Verdict.right()

    def random_answer(self, problem, rng, other):
        return random_completion(rng, problem.instance["puzzle"], ["0", "0", "1"])

    def near_misses(self, problem):
        puzzle = problem.instance["puzzle"]
        grid = [list(line) for line in problem.answer.split("\n")]
        rows, cols = len(grid), len(grid[0])
        misses = []
        r, c = next((r, c) for r in range(rows) for c in range(cols) if puzzle[r][c] == HIDDEN)
        flipped = [list(row) for row in grid]  # one hidden cell flipped: a count is off
        flipped[r][c] = "1" if grid[r][c] == "0" else "0"
        misses.append(flipped)
        # a 1 slid sideways onto a neighbour of another 1 keeps the row count
        for r in range(rows):
            for c in range(cols - 1):
                if grid[r][c] == "1" and grid[r][c + 1] == "0":
                    slid = [list(row) for row in grid]
                    slid[r][c], slid[r][c + 1] = "0", "1"
                    misses.append(slid)
                    break
            else:
                continue
            break
        misses.append([["0"] * cols for _ in range(rows)])
        return ["\n".join("".join(row) for row in m) for m in misses]
