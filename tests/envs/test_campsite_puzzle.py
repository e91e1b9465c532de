"""NonAdjacentOnesGridCompletion: the checker against every completion of small puzzles."""

from __future__ import annotations

import itertools

import pytest

import rlve_gym

from ._binary_grids import small_puzzles_checked

ENV = rlve_gym.make("NonAdjacentOnesGridCompletion")


def meets_rules(grid, row_ones, col_ones):
    rows, cols = len(grid), len(grid[0])
    ones = {(r, c) for r in range(rows) for c in range(cols) if grid[r][c] == "1"}
    if [sum((r, c) in ones for c in range(cols)) for r in range(rows)] != row_ones:
        return False
    if [sum((r, c) in ones for r in range(rows)) for c in range(cols)] != col_ones:
        return False
    return all(
        abs(r1 - r2) + abs(c1 - c2) != 1 for (r1, c1), (r2, c2) in itertools.combinations(ones, 2)
    )


@pytest.mark.parametrize("rows,cols", [(3, 3), (3, 4), (4, 4)])
def test_exactly_the_valid_completions_are_accepted(rows, cols):
    def valid(instance, grid):
        return meets_rules(grid, instance["row_ones"], instance["column_ones"])

    assert small_puzzles_checked(ENV, rows, cols, range(12), valid, max_holes=13) >= 3


def test_planted_solutions_meet_the_rules():
    for d in (0, 4, 12):
        for seed in range(20):
            inst = ENV.generate(d, seed).instance
            assert meets_rules(inst["solution"], inst["row_ones"], inst["column_ones"])


def test_touching_ones_given_cells_and_malformed_answers():
    inst = {"puzzle": [["*", "*"], ["*", "*"]], "row_ones": [1, 1], "column_ones": [1, 1]}
    assert ENV.check(inst, ENV.parse("10\n01", inst), None).correct
    assert ENV.check(inst, ENV.parse("01\n10", inst), None).correct
    inst2 = {"puzzle": [["*", "*"], ["*", "*"]], "row_ones": [2, 0], "column_ones": [1, 1]}
    v = ENV.check(inst2, ENV.parse("11\n00", inst2), None)
    assert not v.correct and "share a side" in v.reason
    problem = ENV.generate(3, 4)
    for text in ("10\n01", problem.answer.replace("0", "2", 1), problem.answer + "\n0"):
        v = ENV.verify(problem, f"<answer>{text}</answer>")
        assert not v.correct and not v.format_ok
    assert ENV.verify(problem, f"<answer>{problem.answer}</answer>").correct
