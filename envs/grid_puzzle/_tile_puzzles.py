"""Shared pieces of the move puzzles on numbered grids (sliding tiles, row and column shifts,
square rotations).

Each of these puzzles shows a start grid and a target grid of distinct numbers, and is planted:
the start is the target scrambled by a known sequence of moves, whose undoing is a solution of
exactly the scramble's length, the stated move limit. The checker replays the answer's moves
(``GridMovePuzzle``, their base class).
"""

from __future__ import annotations

import random

from rlve_gym import Environment, Verdict


def numbered_grid_text(grid: list[list[int]]) -> str:
    """One line per row, numbers right-aligned to a common width and separated by spaces."""
    width = max(len(str(v)) for row in grid for v in row)
    return "\n".join(" ".join(str(v).rjust(width) for v in row) for row in grid)


def shuffled_grid(rng: random.Random, rows: int, cols: int, first: int) -> list[list[int]]:
    """The numbers first .. first + rows * cols - 1 in random order, as a rows x cols grid."""
    values = list(range(first, first + rows * cols))
    rng.shuffle(values)
    return [values[r * cols : (r + 1) * cols] for r in range(rows)]


class GridMovePuzzle(Environment):
    """Moves that turn ``instance["start"]`` into ``instance["target"]`` within
    ``instance["max_moves"]``; the planted solution (``instance["solution"]``, the scramble
    undone) is the reference, and any sequence the replay accepts is right.

    Subclasses generate, render, read moves and replay them (``replay``).
    """

    abstract = True
    multiple_valid_answers = True

    def replay(self, instance, moves) -> tuple[list[list[int]] | None, str | None]:
        """(the grid after the moves from the start, None), or (None, why a move is illegal)."""
        raise NotImplementedError

    def solve(self, instance):
        return instance["solution"]

    def check(self, instance, answer, reference):
        limit = instance["max_moves"]
        if len(answer) > limit:
            return Verdict.wrong(f"{len(answer)} moves, more than the {limit} allowed")
        final, why = self.replay(instance, answer)
        if final is None:
            return Verdict.wrong(why)
        if final != instance["target"]:
            return Verdict.wrong("after these moves the grid is not the target grid")
        return Verdict.right()
