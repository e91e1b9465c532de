"""Helpers for the number-grid puzzles' tests (Sudoku, Futoshiki, Survo, magic squares,
Kakurasu): judging a grid through the environment's own reader, and counting the completions of
a Latin-square puzzle by naive backtracking (an oracle independent of the constraint solver)."""

from __future__ import annotations


def check_grid(env, instance, grid):
    """The verdict on ``grid`` written as an answer and read back by ``env``."""
    text = "\n".join(" ".join(map(str, row)) for row in grid)
    return env.check(instance, env.parse(text, instance), None)


def count_latin_completions(puzzle, also_fits=lambda grid, r, c, x: True, limit=5):
    """Completions of an n x n puzzle (None marks an empty cell) over 1..n, counted up to
    ``limit`` by row-major backtracking with plain scans: a value must differ from the values so
    far in its row and column and pass ``also_fits(grid, r, c, x)`` (a box, an inequality)."""
    n = len(puzzle)
    grid = [list(row) for row in puzzle]
    empty = [(r, c) for r in range(n) for c in range(n) if grid[r][c] is None]

    def fits(r, c, x):
        if x in grid[r] or any(grid[k][c] == x for k in range(n)):
            return False
        return also_fits(grid, r, c, x)

    def walk(k):
        if k == len(empty):
            return 1
        r, c = empty[k]
        total = 0
        for x in range(1, n + 1):
            if fits(r, c, x):
                grid[r][c] = x
                total += walk(k + 1)
                grid[r][c] = None
                if total >= limit:
                    break
        return total

    return walk(0)
