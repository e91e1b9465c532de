"""Shared pieces of the fill-in and placement grid puzzles (Binario, campsites, Numbrix, ...).

A puzzle grid is a list of rows of string tokens (JSON-friendly); ``HIDDEN`` marks a cell the
solver fills in. Answers come back from ``rlve_gym.answers.parse_grid`` in the same shape.
"""

from __future__ import annotations

import random
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


def line_counts(grid: list[list[str]], token: str) -> tuple[list[int], list[int]]:
    """How many cells equal ``token`` in each row and in each column."""
    rows = [row.count(token) for row in grid]
    cols = [sum(row[c] == token for row in grid) for c in range(len(grid[0]))]
    return rows, cols


class CountedOnesGridCompletion(Environment):
    """A 0/1 grid to complete: shown cells stay, every row and column has a given number of 1s,
    and one local rule holds (no three equal cells in a line, no two 1s side by side, ...).

    Subclasses plant a random grid that obeys their rule (``plant``), state the rule
    (``rule_text``) and find a violation (``rule_violation``); generation hides a share of the
    planted cells, so a solution always exists, and checking accepts any completion that keeps
    the shown cells, meets the counts and obeys the rule.
    """

    abstract = True
    answer_kind = "grid"
    multiple_valid_answers = True
    answer_example = "10\n01"
    hidden_shares: ClassVar[tuple[float, ...]] = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
    min_hidden: ClassVar[int] = 10
    #: the local rule, completing "every row and every column contains exactly its required
    #: number of 1s, and ..."
    rule_text: ClassVar[str] = ""
    #: tokens a blind completion draws from (repeat a token to weight it)
    blind_tokens: ClassVar[tuple[str, ...]] = ("0", "1")

    def plant(self, rng: random.Random, rows: int, cols: int) -> list[list[str]]:
        raise NotImplementedError

    def rule_violation(self, grid: list[list[str]]) -> str | None:
        raise NotImplementedError

    def rule_breaking_variants(self, grid: list[list[str]]) -> list[list[list[str]]]:
        """Completions close to ``grid`` that keep the counts but break the rule (near misses)."""
        return []

    def schedule(self, difficulty):
        return {"rows": 5 + difficulty // 2, "columns": 5 + (difficulty + 1) // 2}

    def generate_instance(self, rng, sizes):
        rows, cols = sizes["rows"], sizes["columns"]
        solution = self.plant(rng, rows, cols)
        row_ones, col_ones = line_counts(solution, "1")
        share = rng.choice(self.hidden_shares)
        hidden = min(rows * cols, max(self.min_hidden, round(share * rows * cols)))
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
            f"required number of 1s, and {self.rule_text} Cells that already show 0 or 1 must "
            "stay as they are.\n"
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
        why = self.rule_violation(answer)
        return Verdict.right() if why is None else Verdict.wrong(why)

    def random_answer(self, problem, rng, other):
        return random_completion(rng, problem.instance["puzzle"], list(self.blind_tokens))

    def near_misses(self, problem):
        puzzle = problem.instance["puzzle"]
        grid = [list(line) for line in problem.answer.split("\n")]
        rows, cols = len(grid), len(grid[0])
        r, c = next((r, c) for r in range(rows) for c in range(cols) if puzzle[r][c] == HIDDEN)
        flipped = [list(row) for row in grid]  # one hidden cell flipped: a count is off
        flipped[r][c] = "1" if grid[r][c] == "0" else "0"
        misses = [flipped, *self.rule_breaking_variants(grid), [list(row) for row in grid[:-1]]]
        return ["\n".join("".join(row) for row in m) for m in misses]
