"""SurvoGridCompletion: completions counted by trying every order of the missing numbers."""

from __future__ import annotations

import itertools
import random

import rlve_gym

from ._number_grids import check_grid

ENV = rlve_gym.make("SurvoGridCompletion")


def valid_fillings(instance):
    """Every placement of the missing numbers into the empty cells (all orders) that meets the
    row and column sums."""
    puzzle = instance["puzzle"]
    rows, cols = len(puzzle), len(puzzle[0])
    empty = [(r, c) for r in range(rows) for c in range(cols) if puzzle[r][c] is None]
    missing = sorted(set(range(1, rows * cols + 1)) - {x for row in puzzle for x in row if x})
    found = []
    for order in itertools.permutations(missing):
        grid = [list(row) for row in puzzle]
        for (r, c), x in zip(empty, order):
            grid[r][c] = x
        if [sum(row) for row in grid] == instance["row_sums"] and [
            sum(col) for col in zip(*grid)
        ] == instance["col_sums"]:
            found.append(grid)
    return found


def check(instance, grid):
    return check_grid(ENV, instance, grid)


def test_3x3_puzzles_have_one_grid_and_only_it_is_accepted():
    for seed in range(12):
        for percent in (50, 100):
            sizes = {"rows": 3, "cols": 3, "blank_percent": percent}
            instance = ENV.generate_instance(random.Random(seed), sizes)
            assert instance["unique"]
            assert valid_fillings(instance) == [instance["solution"]]
            puzzle = instance["puzzle"]
            empty = [(r, c) for r in range(3) for c in range(3) if puzzle[r][c] is None]
            if len(empty) <= 7:  # every filling with numbers 1..9, repeats included
                for values in itertools.product(range(1, 10), repeat=min(len(empty), 4)):
                    grid = [list(row) for row in instance["solution"]]
                    for (r, c), x in zip(empty, values):
                        grid[r][c] = x
                    assert check(instance, grid).correct == (grid == instance["solution"])


def test_3x4_and_4x4_puzzles_are_unique_when_few_cells_are_empty():
    for rows, cols, percent in ((3, 4, 70), (4, 4, 45)):
        for seed in range(4):
            sizes = {"rows": rows, "cols": cols, "blank_percent": percent}
            instance = ENV.generate_instance(random.Random(seed), sizes)
            assert valid_fillings(instance) == [instance["solution"]]


def test_several_valid_grids_are_all_accepted():
    solution = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
    instance = {
        "puzzle": [[None] * 3 for _ in range(3)],
        "row_sums": [6, 15, 24],
        "col_sums": [12, 15, 18],
        "solution": solution,
        "unique": False,
    }
    other = [[3, 2, 1], [4, 5, 6], [5, 8, 2]]  # not a permutation of 1..9
    assert "more than once" in check(instance, other).reason
    transposed_rows = [[1, 2, 3], [4, 5, 6], [7, 8, 9]][::-1]
    assert "row 1 adds up to 24, not 6" in check(instance, transposed_rows).reason
    mirrored = [row[::-1] for row in solution]
    assert "column 1 adds up to 18, not 12" in check(instance, mirrored).reason
    assert check(instance, solution).correct
    semi_magic = {
        "puzzle": [[2, 7, 6], [None] * 3, [None] * 3],
        "row_sums": [15, 15, 15],
        "col_sums": [15, 15, 15],
        "solution": [[2, 7, 6], [9, 5, 1], [4, 3, 8]],
        "unique": False,
    }
    grids = valid_fillings(semi_magic)
    assert len(grids) >= 2 and semi_magic["solution"] in grids
    for grid in grids:
        assert check(semi_magic, grid).correct


def test_large_grids_accept_the_planted_grid_and_reject_near_misses():
    problem = ENV.generate(30, 2)  # 8 x 9, past the uniqueness cap
    assert not problem.instance["unique"] and "Any grid" in problem.prompt
    assert ENV.verify(problem, problem.reference_response()).correct
    for miss in ENV.near_misses(problem):
        assert not ENV.verify(problem, f"<answer>{miss}</answer>").correct
    for text in ("1 2 3", "x", ""):
        assert not ENV.verify(problem, f"<answer>{text}</answer>").format_ok
