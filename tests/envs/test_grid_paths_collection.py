"""GridPathsCollection: the flow solver against every combination of monotone walks on small grids."""

from __future__ import annotations

import itertools
import random

import pytest

import rlve_gym
from rlve_gym.envs.dp_optimization.grid_paths_collection import max_collection

ENV = rlve_gym.make("GridPathsCollection")


def walks(rows, cols):
    """Every right/down walk from the top-left to the bottom-right cell, as a set of cells."""
    for downs in itertools.combinations(range(rows + cols - 2), rows - 1):
        r = c = 0
        cells = {(0, 0)}
        for step in range(rows + cols - 2):
            if step in downs:
                r += 1
            else:
                c += 1
            cells.add((r, c))
        yield frozenset(cells)


def brute_force(grid, k):
    n = len(grid)
    all_walks = list(walks(n, n))
    best = 0
    for chosen in itertools.combinations_with_replacement(all_walks, k):
        covered = frozenset().union(*chosen)
        best = max(best, sum(grid[r][c] for r, c in covered))
    return best


@pytest.mark.parametrize("n,k", [(1, 1), (2, 1), (2, 2), (3, 2), (3, 3), (4, 2), (4, 3), (5, 2)])
def test_solver_matches_every_choice_of_walks(n, k):
    rng = random.Random(10 * n + k)
    for _ in range(8 if n < 5 else 3):
        grid = [[rng.randint(0, 9) for _ in range(n)] for _ in range(n)]
        assert max_collection(grid, k) == brute_force(grid, k)


def test_many_walkers_collect_everything():
    grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
    assert max_collection(grid, 3) == 45  # three walks cover a 3 x 3 grid
    assert max_collection(grid, 2) == brute_force(grid, 2) == 45 - 3  # 1 4 7 8 9 / 1 2 5 6 9


def test_zero_grid_and_single_walker():
    assert max_collection([[0] * 4 for _ in range(4)], 3) == 0
    grid = [[1, 9, 1], [1, 9, 1], [1, 9, 1]]
    assert max_collection(grid, 1) == 1 + 9 + 9 + 9 + 1


def test_generated_reference_matches_brute_force_at_level_zero():
    for seed in range(3):
        problem = ENV.generate(0, seed)
        inst = problem.instance
        assert int(problem.answer) == brute_force(inst["grid"], inst["walkers"])


def test_wrong_and_malformed_answers():
    problem = ENV.generate(2, 3)
    right = int(problem.answer)
    assert ENV.verify(problem, f"<answer>{right}</answer>").correct
    assert not ENV.verify(problem, f"<answer>{right - 1}</answer>").correct
    for text in ("many", "1 2", "3.0"):
        verdict = ENV.verify(problem, f"<answer>{text}</answer>")
        assert not verdict.correct and not verdict.format_ok
