"""Shared pieces of the fill-in and placement grid puzzles (Binario, campsites, Numbrix, ...).

A puzzle grid is a list of rows of string tokens (JSON-friendly); ``HIDDEN`` marks a cell the
solver fills in. Answers come back from ``rlve_gym.answers.parse_grid`` in the same shape.
"""

from __future__ import annotations

import random

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
