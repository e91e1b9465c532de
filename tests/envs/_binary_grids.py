"""Exhaustive checks for the 0/1 grid-completion puzzles' tests (Binario, campsites, balanced
grids): every filling of a small puzzle's hidden cells, judged by the environment and by an
independent rule check."""

from __future__ import annotations

import itertools
import random


def completions(puzzle):
    """Every grid obtained by writing 0 or 1 into each hidden (``*``) cell of ``puzzle``."""
    holes = [(r, c) for r, row in enumerate(puzzle) for c, t in enumerate(row) if t == "*"]
    for bits in itertools.product("01", repeat=len(holes)):
        grid = [list(row) for row in puzzle]
        for (r, c), b in zip(holes, bits, strict=True):
            grid[r][c] = b
        yield grid


def accepts_exactly_the_valid_completions(env, instance, valid, max_holes) -> bool:
    """Assert that ``env`` accepts a completion of the instance's puzzle exactly when
    ``valid(grid)`` holds, and accepts at least one; False (nothing checked) when the puzzle has
    more than ``max_holes`` hidden cells."""
    puzzle = instance["puzzle"]
    if sum(t == "*" for row in puzzle for t in row) > max_holes:
        return False
    accepted = 0
    for grid in completions(puzzle):
        text = "\n".join("".join(row) for row in grid)
        verdict = env.check(instance, env.parse(text, instance), None)
        assert verdict.correct == valid(grid), (text, verdict)
        accepted += verdict.correct
    assert accepted >= 1
    return True


def small_puzzles_checked(env, rows, cols, seeds, valid, max_holes) -> int:
    """Run ``accepts_exactly_the_valid_completions`` on the ``rows`` x ``cols`` puzzles of
    ``seeds`` (``valid(instance, grid)`` is the independent rule check); how many were small
    enough to check."""
    checked = 0
    for seed in seeds:
        instance = env.generate_instance(random.Random(seed), {"rows": rows, "columns": cols})
        checked += accepts_exactly_the_valid_completions(
            env, instance, lambda grid, instance=instance: valid(instance, grid), max_holes
        )
    return checked
