"""BalancedBinaryGridCompletion: the checker against every completion of small puzzles."""

from __future__ import annotations

import random

import pytest

import rlve_gym
from rlve_gym.envs.grid_puzzle.binario_no_adjacency_requirement import random_balanced_grid

from ._binary_grids import accepts_exactly_the_valid_completions

ENV = rlve_gym.make("BalancedBinaryGridCompletion")


def balanced(grid):
    rows, cols = len(grid), len(grid[0])
    return all(2 * sum(map(int, row)) == cols for row in grid) and all(
        2 * sum(int(grid[r][c]) for r in range(rows)) == rows for c in range(cols)
    )


@pytest.mark.parametrize("rows,cols", [(2, 4), (4, 4), (4, 6)])
def test_exactly_the_balanced_completions_are_accepted(rows, cols):
    for seed in range(8):
        inst = ENV.generate_instance(random.Random(seed), {"rows": rows, "columns": cols})
        accepts_exactly_the_valid_completions(ENV, inst, balanced, max_holes=14)
        assert balanced(inst["solution"])


def test_planted_grids_are_balanced_and_mixed():
    rng = random.Random(4)
    grids = [tuple("".join(r) for r in random_balanced_grid(rng, 6, 8)) for _ in range(30)]
    assert all(balanced(g) for g in grids)
    assert len(set(grids)) > 20


def test_givens_kept_and_malformed_answers():
    problem = ENV.generate(3, 1)
    inst = problem.instance
    puzzle = inst["puzzle"]
    r, c = next((r, c) for r, row in enumerate(puzzle) for c, t in enumerate(row) if t != "*")
    assert (
        "is given as" in ENV.check(inst, ENV.parse(_flip(problem.answer, r, c), inst), None).reason
    )
    for text in ("01\n10", problem.answer.replace("1", "2", 1), problem.answer + "\n0"):
        v = ENV.verify(problem, f"<answer>{text}</answer>")
        assert not v.correct and not v.format_ok
    spaced = problem.answer.replace("0", "0 ").replace("1", "1 ")
    assert ENV.verify(problem, f"<answer>{spaced}</answer>").correct


def _flip(text, r, c):
    rows = [list(line) for line in text.split("\n")]
    rows[r][c] = "1" if rows[r][c] == "0" else "0"
    return "\n".join("".join(row) for row in rows)
