"""MoleHammerFewestSwings: the sweep against naive swing-by-swing simulation of every hammer."""

from __future__ import annotations

import random

import numpy as np
import pytest

import rlve_gym
from rlve_gym.envs.grid_puzzle.mole_hammer_fewest_swings import fewest_swings, hammer_clears

ENV = rlve_gym.make("MoleHammerFewestSwings")


def clears_by_simulation(grid, r, c):
    """Swing one mole at a time at the first hole still holding moles, checking each hole of the
    block directly (no difference arrays, no batching of swings)."""
    moles = [list(row) for row in grid]
    rows, cols = len(moles), len(moles[0])
    swings = 0
    while True:
        first = next(((i, j) for i in range(rows) for j in range(cols) if moles[i][j] > 0), None)
        if first is None:
            return swings
        i, j = first
        if i + r > rows or j + c > cols:
            return None
        block = [(x, y) for x in range(i, i + r) for y in range(j, j + c)]
        if any(moles[x][y] < 1 for x, y in block):
            return None
        for x, y in block:
            moles[x][y] -= 1
        swings += 1


def fewest_by_simulation(grid):
    rows, cols = len(grid), len(grid[0])
    results = [
        clears_by_simulation(grid, r, c) for r in range(1, rows + 1) for c in range(1, cols + 1)
    ]
    return min(s for s in results if s is not None)


@pytest.mark.parametrize("difficulty", (0, 1, 2, 3))
def test_solver_matches_simulation_on_generated_grids(difficulty):
    for seed in range(15):
        problem = ENV.generate(difficulty, seed)
        grid = problem.instance["grid"]
        assert int(problem.answer) == fewest_by_simulation(grid) < sum(map(sum, grid))


def test_every_hammer_size_agrees_with_simulation_on_random_grids():
    rng = random.Random(3)
    for _ in range(60):
        rows, cols = rng.randint(1, 5), rng.randint(1, 5)
        grid = [[rng.randint(0, 3) for _ in range(cols)] for _ in range(rows)]
        values = np.asarray(grid, dtype=np.int64)
        for r in range(1, rows + 1):
            for c in range(1, cols + 1):
                assert hammer_clears(values, r, c) == (clears_by_simulation(grid, r, c) is not None)
        if sum(map(sum, grid)):
            assert fewest_swings(grid) == fewest_by_simulation(grid)


def test_edge_cases():
    assert fewest_swings([[2, 2], [2, 2]]) == 2
    assert fewest_swings([[1, 2, 1]]) == 2  # two 1 x 2 swings overlap in the middle
    assert fewest_swings([[3]]) == 3
    assert fewest_swings([[1, 0], [0, 1]]) == 2  # only 1 x 1 works


def test_wrong_and_malformed_answers():
    problem = ENV.generate(2, 9)
    right = int(problem.answer)
    assert ENV.verify(problem, f"<answer>{right}</answer>").correct
    total = sum(map(sum, problem.instance["grid"]))
    assert not ENV.verify(problem, f"<answer>{total}</answer>").correct
    assert not ENV.verify(problem, f"<answer>{right + 1}</answer>").correct
    assert not ENV.verify(problem, "<answer>2 x 3</answer>").format_ok
