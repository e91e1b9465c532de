"""Shared pieces of the fill-in and placement grid puzzles (Binario, campsites, Numbrix, ...).

A puzzle grid is a list of rows of string tokens (JSON-friendly); ``HIDDEN`` marks a cell the
solver fills in. Answers come back from ``rlve_gym.answers.parse_grid`` in the same shape.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable
from typing import ClassVar

from rlve_gym import Environment, Verdict
from rlve_gym.answers import parse_grid

#: token of a cell whose value the solver must fill in
HIDDEN = "*"


def token_grid_text(rows: list[list[str]]) -> str:
    """One line per row, cells separated by single spaces, columns aligned for wide tokens."""
    width = max((len(t) for row in rows for t in row), default=1)
    if width == 1:
        return "\n".join(" ".join(row) for row in rows)
    return "\n".join(" ".join(t.rjust(width) for t in row) for row in rows)


def hide_cells(rng: random.Random, solution: list[list[str]], hidden: int) -> list[list[str]]:
    """A copy of ``solution`` with ``hidden`` cells drawn uniformly replaced by ``HIDDEN``."""
    rows, cols = len(solution), len(solution[0])
    puzzle = [list(row) for row in solution]
    for index in rng.sample(range(rows * cols), hidden):
        puzzle[index // cols][index % cols] = HIDDEN
    return puzzle


def changed_given(puzzle: list[list[str]], answer: list[list[str]]) -> str | None:
    """A reason naming the first shown (non-hidden) cell the answer changes, or None."""
    for r, (shown_row, answer_row) in enumerate(zip(puzzle, answer, strict=True)):
        for c, (shown, written) in enumerate(zip(shown_row, answer_row, strict=True)):
            if shown != HIDDEN and shown != written:
                return (
                    f"row {r + 1}, column {c + 1} is given as {shown} but the answer has {written}"
                )
    return None


def random_completion(rng: random.Random, puzzle: list[list[str]], tokens: list[str]) -> str:
    """The puzzle with every hidden cell filled by a uniformly drawn token (a blind answer)."""
    filled = [[rng.choice(tokens) if t == HIDDEN else t for t in row] for row in puzzle]
    return token_grid_text(filled)


def open_runs(
    grid: list[str], is_open: Callable[[str], bool]
) -> tuple[list[list[tuple[int, int]]], list[list[tuple[int, int]]]]:
    """The maximal runs of open cells (``is_open(token)``) in the rows, top to bottom and each left
    to right, and in the columns, left to right and each top to bottom: the stretches a light or
    a line of sight covers between blocking cells."""
    rows, cols = len(grid), len(grid[0])

    def runs(lines: list[list[tuple[int, int]]]) -> list[list[tuple[int, int]]]:
        found: list[list[tuple[int, int]]] = []
        for line in lines:
            run: list[tuple[int, int]] = []
            for r, c in line:
                if is_open(grid[r][c]):
                    run.append((r, c))
                elif run:
                    found.append(run)
                    run = []
            if run:
                found.append(run)
        return found

    row_lines = [[(r, c) for c in range(cols)] for r in range(rows)]
    col_lines = [[(r, c) for r in range(rows)] for c in range(cols)]
    return runs(row_lines), runs(col_lines)


def marked_grid_text(grid: list[str], cells: Iterable[tuple[int, int]], mark: str) -> str:
    """The grid's lines with every cell of ``cells`` written as ``mark`` (a placement answer)."""
    chosen = set(cells)
    return "\n".join(
        "".join(mark if (r, c) in chosen else t for c, t in enumerate(line))
        for r, line in enumerate(grid)
    )


def read_marks(
    grid: list[str], answer: list[list[str]], mark: str, markable: str
) -> tuple[list[tuple[int, int]], str | None]:
    """The cells (row by row) where a placement answer writes ``mark`` on a ``markable`` cell of
    ``grid``, and why it is not the grid with marks added (a cell changed otherwise) or None."""
    marks = []
    for r, line in enumerate(grid):
        for c, shown in enumerate(line):
            written = answer[r][c]
            if written == mark and shown == markable:
                marks.append((r, c))
            elif written != shown:
                return marks, (
                    f"row {r + 1}, column {c + 1} is {shown} in the grid but {written} in the answer"
                )
    return marks, None


def hidden_count(
    rng: random.Random, rows: int, cols: int, shares: tuple[float, ...], least: int
) -> int:
    """How many cells to hide: a share drawn from ``shares`` of the grid, at least ``least``
    (and at most every cell)."""
    return min(rows * cols, max(least, round(rng.choice(shares) * rows * cols)))


def line_counts(grid: list[list[str]], token: str) -> tuple[list[int], list[int]]:
    """How many cells equal ``token`` in each row and in each column."""
    rows = [row.count(token) for row in grid]
    cols = [sum(row[c] == token for row in grid) for c in range(len(grid[0]))]
    return rows, cols


class BinaryGridCompletion(Environment):
    """A partly shown 0/1 grid (``instance["puzzle"]``, ``HIDDEN`` for a cell to fill) to complete
    so that every row and column holds its required number of 1s (``required_ones``) and, if the
    puzzle has one, a local rule holds (``rule_violation``); ``instance["solution"]`` is the
    planted completion as row strings. Any completion that keeps the shown cells and meets both
    is accepted.

    Subclasses generate and render (``grid_text`` and ``answer_text`` give the common opening
    and closing paragraphs) and may add near misses that keep every count
    (``count_keeping_misses``).
    """

    abstract = True
    answer_kind = "grid"
    multiple_valid_answers = True
    #: tokens a blind completion draws from (repeat a token to weight it)
    blind_tokens: ClassVar[tuple[str, ...]] = ("0", "1")

    def required_ones(self, instance) -> tuple[list[int], list[int]]:
        """The number of 1s each row and each column must hold."""
        raise NotImplementedError

    def rule_violation(self, grid: list[list[str]]) -> str | None:
        """Why a completion breaks the puzzle's local rule, or None (default: no rule)."""
        return None

    def count_keeping_misses(
        self, puzzle: list[list[str]], grid: list[list[str]]
    ) -> list[list[list[str]]]:
        """Wrong completions close to the valid ``grid`` that keep every count (near misses)."""
        return []

    def grid_text(self, puzzle: list[list[str]]) -> str:
        rows, cols = len(puzzle), len(puzzle[0])
        return (
            f"Here is a grid with {rows} rows and {cols} columns; each cell is 0, 1, or * for a "
            "cell you must fill in (cells are separated by spaces):\n"
            f"{token_grid_text(puzzle)}\n\n"
        )

    def answer_text(self, puzzle: list[list[str]]) -> str:
        rows, cols = len(puzzle), len(puzzle[0])
        first, second = self.answer_example.split("\n")
        return (
            f"Answer with the completed grid: {rows} lines of {cols} digits (0 or 1). For example, "
            f"a completed 2 x 2 grid could be written as the lines {first} and {second}. If "
            "several completions work, any one of them is accepted."
        )

    def solve(self, instance):
        return "\n".join(instance["solution"])

    def parse(self, text, instance):
        puzzle = instance["puzzle"]
        return parse_grid(text, len(puzzle), len(puzzle[0]), cells={"0", "1"})

    def check(self, instance, answer, reference):
        changed = changed_given(instance["puzzle"], answer)
        if changed:
            return Verdict.wrong(changed)
        row_ones, col_ones = line_counts(answer, "1")
        want_rows, want_cols = self.required_ones(instance)
        for r, (have, want) in enumerate(zip(row_ones, want_rows, strict=True)):
            if have != want:
                return Verdict.wrong(f"row {r + 1} has {have} ones, expected {want}")
        for c, (have, want) in enumerate(zip(col_ones, want_cols, strict=True)):
            if have != want:
                return Verdict.wrong(f"column {c + 1} has {have} ones, expected {want}")
        why = self.rule_violation(answer)
        return Verdict.right() if why is None else Verdict.wrong(why)

    def random_answer(self, problem, rng, other):
        return random_completion(rng, problem.instance["puzzle"], list(self.blind_tokens))

    def near_misses(self, problem):
        """One hidden cell flipped (a count is off), the count-keeping misses, a row short."""
        puzzle = problem.instance["puzzle"]
        grid = [list(line) for line in problem.answer.split("\n")]
        rows, cols = len(grid), len(grid[0])
        r, c = next((r, c) for r in range(rows) for c in range(cols) if puzzle[r][c] == HIDDEN)
        flipped = [list(row) for row in grid]
        flipped[r][c] = "1" if grid[r][c] == "0" else "0"
        misses = [
            flipped,
            *self.count_keeping_misses(puzzle, grid),
            [list(row) for row in grid[:-1]],
        ]
        return ["\n".join("".join(row) for row in m) for m in misses]


class CountedOnesGridCompletion(BinaryGridCompletion):
    """A 0/1 grid to complete: shown cells stay, every row and column has a given number of 1s,
    and one local rule holds (no three equal cells in a line, no two 1s side by side, ...).

    Subclasses plant a random grid that obeys their rule (``plant``), state the rule
    (``rule_text``) and find a violation (``rule_violation``); generation hides a share of the
    planted cells, so a solution always exists, and checking accepts any completion that keeps
    the shown cells, meets the counts and obeys the rule.
    """

    abstract = True
    answer_example = "10\n01"
    hidden_shares: ClassVar[tuple[float, ...]] = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
    min_hidden: ClassVar[int] = 10
    #: the local rule, completing "every row and every column contains exactly its required
    #: number of 1s, and ..."
    rule_text: ClassVar[str] = ""

    def plant(self, rng: random.Random, rows: int, cols: int) -> list[list[str]]:
        raise NotImplementedError

    def rule_violation(self, grid: list[list[str]]) -> str | None:
        raise NotImplementedError

    def rule_breaking_variants(self, grid: list[list[str]]) -> list[list[list[str]]]:
        """Completions close to ``grid`` that keep the counts but break the rule (near misses)."""
        return []

    def count_keeping_misses(self, puzzle, grid):
        return self.rule_breaking_variants(grid)

    def required_ones(self, instance):
        return instance["row_ones"], instance["column_ones"]

    def schedule(self, difficulty):
        return {"rows": 5 + difficulty // 2, "columns": 5 + (difficulty + 1) // 2}

    def generate_instance(self, rng, sizes):
        rows, cols = sizes["rows"], sizes["columns"]
        solution = self.plant(rng, rows, cols)
        row_ones, col_ones = line_counts(solution, "1")
        hidden = hidden_count(rng, rows, cols, self.hidden_shares, self.min_hidden)
        return {
            "puzzle": hide_cells(rng, solution, hidden),
            "row_ones": row_ones,
            "column_ones": col_ones,
            "solution": ["".join(row) for row in solution],
        }

    def render(self, instance):
        puzzle = instance["puzzle"]
        return (
            f"{self.grid_text(puzzle)}"
            "Required number of 1s in each row, from the top row to the bottom row: "
            f"{' '.join(map(str, instance['row_ones']))}\n"
            "Required number of 1s in each column, from the left column to the right column: "
            f"{' '.join(map(str, instance['column_ones']))}\n\n"
            "Replace every * by 0 or 1 so that every row and every column contains exactly its "
            f"required number of 1s, and {self.rule_text} Cells that already show 0 or 1 must "
            "stay as they are.\n"
            f"{self.answer_text(puzzle)}"
        )
