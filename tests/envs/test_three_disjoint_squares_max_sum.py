"""ThreeDisjointSquaresMaxSum: the six-layout scan against trying every triple of squares."""

from __future__ import annotations

import itertools
import random

import pytest

import rlve_gym
from rlve_gym.envs.grid_puzzle.three_disjoint_squares_max_sum import best_three_squares

ENV = rlve_gym.make("ThreeDisjointSquaresMaxSum")


def best_by_brute_force(grid, k):
    rows, cols = len(grid), len(grid[0])
    squares = []
    for r in range(rows - k + 1):
        for c in range(cols - k + 1):
            cells = frozenset((r + i, c + j) for i in range(k) for j in range(k))
            squares.append((cells, sum(grid[x][y] for x, y in cells)))
    best = -1
    for (a, sa), (b, sb), (c, sc) in itertools.combinations(squares, 3):
        if a.isdisjoint(b) and a.isdisjoint(c) and b.isdisjoint(c):
            best = max(best, sa + sb + sc)
    return best


@pytest.mark.parametrize(
    "rows,cols,side", [(3, 3, 1), (2, 6, 2), (6, 2, 2), (4, 4, 2), (5, 6, 2), (6, 6, 2), (7, 7, 3)]
)
def test_solver_matches_brute_force(rows, cols, side):
    for seed in range(12):
        instance = ENV.generate_instance(
            random.Random(seed), {"rows": rows, "cols": cols, "side": side}
        )
        assert ENV.solve(instance) == best_by_brute_force(instance["grid"], side)


def test_layouts_that_need_each_kind_of_cut():
    rng = random.Random(1)
    for _ in range(60):  # sparse grids with a few large values force specific layouts
        rows, cols, side = rng.randint(4, 7), rng.randint(4, 7), rng.randint(1, 2)
        grid = [[rng.choice([0] * 12 + [50, 99]) for _ in range(cols)] for _ in range(rows)]
        assert best_three_squares(grid, side) == best_by_brute_force(grid, side)


def test_edge_cases():
    assert best_three_squares([[5, 5, 5]], 1) == 15
    assert best_three_squares([[1, 2], [3, 4]], 1) == 9
    assert best_three_squares([[0] * 4] * 3, 2) == -1  # three 2x2 squares do not fit in 3x4
    assert best_three_squares([[1] * 4] * 4, 2) == 12  # but they do in 4x4
    assert best_three_squares([[7] * 6] * 6, 2) == 84


def test_generated_problems_match_brute_force_and_reject_neighbours():
    for seed in range(3):
        problem = ENV.generate(0, seed)
        inst = problem.instance
        best = best_by_brute_force(inst["grid"], inst["side"])
        assert int(problem.answer) == best
        assert ENV.verify(problem, f"<answer>{best}</answer>").correct
        assert not ENV.verify(problem, f"<answer>{best - 1}</answer>").correct
    assert not ENV.verify(problem, "<answer>12.5</answer>").format_ok
