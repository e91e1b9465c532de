"""NoThreeInLineBinaryGridCompletion: the checker against every completion of small puzzles."""

from __future__ import annotations

import random

import pytest

import rlve_gym
from rlve_gym.envs.grid_puzzle.binario import random_tripleless_grid

from ._binary_grids import small_puzzles_checked

ENV = rlve_gym.make("NoThreeInLineBinaryGridCompletion")


def meets_rules(grid, row_ones, col_ones):
    rows, cols = len(grid), len(grid[0])
    lines = ["".join(row) for row in grid] + [
        "".join(grid[r][c] for r in range(rows)) for c in range(cols)
    ]
    if any("000" in line or "111" in line for line in lines):
        return False
    return [line.count("1") for line in lines] == list(row_ones) + list(col_ones)


@pytest.mark.parametrize("rows,cols", [(3, 3), (3, 4), (4, 4)])
def test_exactly_the_valid_completions_are_accepted(rows, cols):
    def valid(instance, grid):
        return meets_rules(grid, instance["row_ones"], instance["column_ones"])

    assert small_puzzles_checked(ENV, rows, cols, range(12), valid, max_holes=13) >= 3


@pytest.mark.parametrize("size", [1, 2, 3, 7, 20, 45])
def test_planted_grids_have_no_triples(size):
    for seed in range(5):
        grid = random_tripleless_grid(random.Random(seed), size, size + 1)
        assert meets_rules(
            grid,
            [r.count("1") for r in grid],
            [sum(r[c] == "1" for r in grid) for c in range(size + 1)],
        )


def test_triples_given_cells_and_malformed_answers():
    inst = {"puzzle": [["*"] * 3, ["*"] * 3], "row_ones": [3, 0], "column_ones": [1, 1, 1]}
    v = ENV.check(inst, ENV.parse("111\n000", inst), None)
    assert not v.correct and "three 1s in a row" in v.reason
    inst = {"puzzle": [["*"] * 3, ["*"] * 3], "row_ones": [2, 1], "column_ones": [1, 1, 1]}
    assert ENV.check(inst, ENV.parse("110\n001", inst), None).correct
    problem = ENV.generate(3, 4)
    for text in ("10\n01", problem.answer.replace("0", "2", 1), problem.answer + "\n0"):
        v = ENV.verify(problem, f"<answer>{text}</answer>")
        assert not v.correct and not v.format_ok
    assert ENV.verify(problem, f"<answer>{problem.answer}</answer>").correct
