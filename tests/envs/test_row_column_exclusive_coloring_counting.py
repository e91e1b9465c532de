"""RowColumnExclusiveColoringCounting: the inversion-and-convolution DP against every placement."""

from __future__ import annotations

from itertools import product
from math import comb

import pytest

import rlve_gym
from rlve_gym.envs.combinatorics_counting.row_column_exclusive_coloring_counting import (
    count_exclusive_colourings,
)

ENV = rlve_gym.make("RowColumnExclusiveColoringCounting")
MOD = 1_000_000_007


def brute_force(rows: int, cols: int, counts) -> int:
    total = 0
    for cells in product(range(len(counts) + 1), repeat=rows * cols):  # 0 = empty
        if any(cells.count(c + 1) != x for c, x in enumerate(counts)):
            continue
        grid = [cells[r * cols : (r + 1) * cols] for r in range(rows)]
        lines = grid + [tuple(grid[r][c] for r in range(rows)) for c in range(cols)]
        total += all(len({v for v in line if v}) <= 1 for line in lines)
    return total


@pytest.mark.parametrize(
    "rows,cols,counts",
    [
        (2, 2, [1, 1]),
        (2, 3, [1, 2]),
        (3, 3, [2, 1]),
        (3, 3, [4]),
        (2, 4, [2, 1]),
        (3, 3, [1, 1, 1]),
        (3, 2, [2, 2]),
    ],
)
def test_dp_matches_enumeration(rows, cols, counts):
    assert count_exclusive_colourings(rows, cols, counts, MOD) == brute_force(rows, cols, counts)


def test_generated_level_zero_matches_enumeration():
    for seed in range(6):
        problem = ENV.generate(difficulty=0, seed=seed)
        inst = problem.instance
        if (len(inst["counts"]) + 1) ** (inst["rows"] * inst["cols"]) <= 30_000:
            expected = brute_force(inst["rows"], inst["cols"], inst["counts"]) % inst["modulus"]
            assert int(problem.answer) == expected


def test_single_colour_is_a_binomial_and_impossible_counts_give_zero():
    # one colour: any 7 of the 20 cells
    assert count_exclusive_colourings(4, 5, [7], MOD) == comb(20, 7)
    # two colours on a 2 x 2 grid with 3 and 1 pieces cannot avoid a shared line
    assert count_exclusive_colourings(2, 2, [3, 1], MOD) == 0 == brute_force(2, 2, [3, 1])
    assert (
        count_exclusive_colourings(3, 3, [2, 2], 1_000_003) == brute_force(3, 3, [2, 2]) % 1_000_003
    )


def test_prompt_example_is_true():
    assert brute_force(2, 2, [1, 1]) == 4


def test_prompt_example_grid_is_never_the_instance():
    """Regression: the 2 x 2 grid with X = 1 1 (the prompt's example, 4 placements) was drawn on
    71 of 2000 low-level seeds."""
    for d in (0, 1):
        for seed in range(400):
            inst = ENV.generate(difficulty=d, seed=seed).instance
            assert (inst["rows"], inst["cols"]) != (2, 2)


def test_level_zero_never_fills_the_grid_with_one_colour():
    """Regression: 6% of level-0 instances put one colour on every cell (the answer was 1)."""
    for seed in range(300):
        problem = ENV.generate(difficulty=0, seed=seed)
        inst = problem.instance
        assert inst["counts"] != [inst["rows"] * inst["cols"]] and problem.answer != "1"
