"""NumberPathGridCompletion: fill a grid with 1..R*C so consecutive numbers are side neighbours.

A grid of R rows and C columns shows some numbers and hides the other cells ('*'). The solver
writes a number in every hidden cell so that the grid holds each of 1, 2, ..., R*C exactly once
and, for every k < R*C, the cells holding k and k + 1 share a side (a Numbrix puzzle: the
numbers trace one path through every cell). Any completion that keeps the shown numbers and
meets the rules is correct (there may be several); scores are binary.

The instance plants a random Hamiltonian path of the grid (a row-by-row snake mixed by
``BACKBITE_MOVES_PER_CELL`` backbite moves per cell: an end of the path steps onto a grid
neighbour and the loop this closes is reopened, a Numba kernel), numbers it from one end and
hides a share of the cells drawn from ``HIDDEN_SHARES`` (at least ``MIN_HIDDEN``). With few
numbers shown the path must be found; with many, the gaps between shown numbers pin it down.

Difficulty schedule (hidden share drawn from 0.3, 0.4, ..., 0.8):

    d          0   1   2   3   4  ...  10  ...  20  ...  d
    rows       4   4   5   5   6  ...   9  ...  14  ...  4 + d // 2
    columns    5   6   6   7   7  ...  10  ...  15  ...  5 + (d + 1) // 2

One side grows every level, so the path and the number of hidden cells grow quadratically.
"""

from __future__ import annotations

import numpy as np
from numba import njit

from rlve_gym import Environment, Verdict
from rlve_gym.answers import parse_grid
from rlve_gym.rng import numpy_rng

from ._cell_puzzles import HIDDEN, hide_cells, token_grid_text

HIDDEN_SHARES = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8)
MIN_HIDDEN = 8
BACKBITE_MOVES_PER_CELL = 10


@njit(cache=True)
def _backbite(path, rows, cols, ends, directions):
    """Apply backbite moves in place: ``ends[i]`` picks the path end (0 first, 1 last),
    ``directions[i]`` the neighbour (0..3 for up, down, left, right) it steps onto."""
    length = len(path)
    pos = np.empty(length, np.int64)
    for i in range(length):
        pos[path[i]] = i
    step_r = (-1, 1, 0, 0)
    step_c = (0, 0, -1, 1)
    for i in range(len(ends)):
        end = path[0] if ends[i] == 0 else path[length - 1]
        r = end // cols + step_r[directions[i]]
        c = end % cols + step_c[directions[i]]
        if r < 0 or r >= rows or c < 0 or c >= cols:
            continue
        k = pos[r * cols + c]
        if ends[i] == 0:
            if k == 1:
                continue
            lo, hi = 0, k - 1
        else:
            if k == length - 2:
                continue
            lo, hi = k + 1, length - 1
        while lo < hi:
            a, b = path[lo], path[hi]
            path[lo], path[hi] = b, a
            pos[b], pos[a] = lo, hi
            lo += 1
            hi -= 1
    return path


def random_hamiltonian_path(rng, rows: int, cols: int) -> list[int]:
    """Cells (r * cols + c) of a random path visiting every cell once, side to side."""
    snake = [
        r * cols + (c if r % 2 == 0 else cols - 1 - c) for r in range(rows) for c in range(cols)
    ]
    moves = BACKBITE_MOVES_PER_CELL * rows * cols
    gen = numpy_rng(rng)
    ends = gen.integers(0, 2, moves).astype(np.int64)
    directions = gen.integers(0, 4, moves).astype(np.int64)
    path = _backbite(np.array(snake, dtype=np.int64), rows, cols, ends, directions)
    return path.tolist()


def path_problem(shown: list[list[str]], answer: list[list[int]]) -> str | None:
    """Why ``answer`` is not a valid completion of ``shown``, or None."""
    rows, cols = len(shown), len(shown[0])
    total = rows * cols
    where: list[tuple[int, int] | None] = [None] * (total + 1)
    for r in range(rows):
        for c in range(cols):
            v = answer[r][c]
            if shown[r][c] != HIDDEN and str(v) != shown[r][c]:
                return (
                    f"row {r + 1}, column {c + 1} is given as {shown[r][c]} but the answer has {v}"
                )
            if not 1 <= v <= total:
                return f"{v} at row {r + 1}, column {c + 1} is outside 1..{total}"
            if where[v] is not None:
                return f"{v} appears more than once"
            where[v] = (r, c)
    for k in range(1, total):
        (r1, c1), (r2, c2) = where[k], where[k + 1]
        if abs(r1 - r2) + abs(c1 - c2) != 1:
            return f"{k} and {k + 1} are not in cells that share a side"
    return None


class NumberPathGridCompletion(Environment):
    description = "A Numbrix completion: 1..R*C in the grid with consecutive numbers side by side"
    answer_kind = "grid"
    multiple_valid_answers = True
    answer_example = "1 2\n4 3"
    catalog_name = "Numbrix"

    def schedule(self, difficulty):
        return {"rows": 4 + difficulty // 2, "columns": 5 + (difficulty + 1) // 2}

    def generate_instance(self, rng, sizes):
        rows, cols = sizes["rows"], sizes["columns"]
        path = random_hamiltonian_path(rng, rows, cols)
        solution = [[""] * cols for _ in range(rows)]
        for index, cell in enumerate(path):
            solution[cell // cols][cell % cols] = str(index + 1)
        hidden = min(rows * cols, max(MIN_HIDDEN, round(rng.choice(HIDDEN_SHARES) * rows * cols)))
        return {
            "puzzle": hide_cells(rng, solution, hidden),
            "solution": [" ".join(row) for row in solution],
        }

    def solve(self, instance):
        return "\n".join(instance["solution"])

    def render(self, instance):
        puzzle = instance["puzzle"]
        rows, cols = len(puzzle), len(puzzle[0])
        total = rows * cols
        return (
            f"Here is a grid with {rows} rows and {cols} columns; some cells show a number and "
            "the cells marked * are empty:\n"
            f"{token_grid_text(puzzle)}\n\n"
            f"Write a number in every empty cell so that the grid contains each of the numbers 1, "
            f"2, ..., {total} exactly once, and for every number k from 1 to {total - 1}, the "
            "cells holding k and k + 1 share a side (one is directly above, below, left or right "
            "of the other). The numbers already shown must stay where they are.\n"
            f"Answer with the completed grid: {rows} lines, each with {cols} numbers separated by "
            "spaces. For example, a completed 2 x 2 grid could be written as the lines 1 2 and "
            "4 3. If several completions work, any one of them is accepted."
        )

    def parse(self, text, instance):
        puzzle = instance["puzzle"]
        return parse_grid(text, len(puzzle), len(puzzle[0]), max_digits=6)

    def check(self, instance, answer, reference):
        why = path_problem(instance["puzzle"], answer)
        return Verdict.right() if why is None else Verdict.wrong(why)

    def random_answer(self, problem, rng, other):
        """The missing numbers in a random order in the empty cells."""
        puzzle = problem.instance["puzzle"]
        total = len(puzzle) * len(puzzle[0])
        shown = {int(t) for row in puzzle for t in row if t != HIDDEN}
        missing = [v for v in range(1, total + 1) if v not in shown]
        rng.shuffle(missing)
        filled = [[str(missing.pop()) if t == HIDDEN else t for t in row] for row in puzzle]
        return token_grid_text(filled)

    def near_misses(self, problem):
        puzzle = problem.instance["puzzle"]
        grid = [line.split() for line in problem.answer.split("\n")]
        rows, cols = len(grid), len(grid[0])
        holes = [(r, c) for r in range(rows) for c in range(cols) if puzzle[r][c] == HIDDEN]
        misses = []
        (r1, c1), (r2, c2) = holes[0], holes[-1]
        swapped = [list(row) for row in grid]  # two empty cells' numbers exchanged
        swapped[r1][c1], swapped[r2][c2] = grid[r2][c2], grid[r1][c1]
        misses.append(swapped)
        repeated = [list(row) for row in grid]  # a number written twice
        repeated[r1][c1] = grid[r2][c2]
        misses.append(repeated)
        beyond = [list(row) for row in grid]
        beyond[r1][c1] = str(rows * cols + 1)
        misses.append(beyond)
        # an exchange can, rarely, give another valid path: keep only the broken ones
        return [
            token_grid_text(m)
            for m in misses
            if path_problem(puzzle, [[int(t) for t in row] for row in m])
        ]
