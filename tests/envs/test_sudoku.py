"""SudokuCompletion: naive backtracking counts completions; the checker against every filling."""

from __future__ import annotations

import itertools
import random

import pytest

import rlve_gym
from rlve_gym.envs.grid_puzzle.sudoku import pattern_solution

from ._number_grids import check_grid, count_latin_completions

ENV = rlve_gym.make("SudokuCompletion")


def is_valid_sudoku(grid, r, c):
    n = r * c
    lines = [list(row) for row in grid] + [[grid[i][j] for i in range(n)] for j in range(n)]
    lines += [
        [grid[top + a][left + b] for a in range(r) for b in range(c)]
        for top in range(0, n, r)
        for left in range(0, n, c)
    ]
    return all(sorted(line) == list(range(1, n + 1)) for line in lines)


def count_completions(puzzle, r, c, limit=10):
    """Row-major backtracking with plain row/column/box scans (no propagation)."""

    def box_free(grid, i, j, x):
        top, left = i - i % r, j - j % c
        return all(grid[top + a][left + b] != x for a in range(r) for b in range(c))

    return count_latin_completions(puzzle, box_free, limit)


def check(instance, grid):
    return check_grid(ENV, instance, grid)


@pytest.mark.parametrize("box", [(2, 2), (2, 3), (3, 3)])
def test_unique_puzzles_have_exactly_one_completion(box):
    r, c = box
    for seed in range(12 if r * c < 9 else 3):
        for percent in (30, 60, 72):
            sizes = {"box_rows": r, "box_cols": c, "blank_percent": percent}
            instance = ENV.generate_instance(random.Random(seed), sizes)
            assert instance["unique"] and is_valid_sudoku(instance["solution"], r, c)
            assert count_completions(instance["puzzle"], r, c) == 1
            blanks = sum(x is None for row in instance["puzzle"] for x in row)
            assert blanks <= (r * c) ** 2 * percent // 100
            assert check(instance, ENV.solve(instance)).correct


@pytest.mark.parametrize("seed", range(6))
def test_exactly_the_valid_fillings_are_accepted(seed):
    sizes = {"box_rows": 2, "box_cols": 2, "blank_percent": 35}
    instance = ENV.generate_instance(random.Random(seed), sizes)
    empty = [(i, j) for i in range(4) for j in range(4) if instance["puzzle"][i][j] is None]
    accepted = 0
    for values in itertools.product(range(1, 5), repeat=len(empty)):
        grid = [list(row) for row in instance["puzzle"]]
        for (i, j), x in zip(empty, values):
            grid[i][j] = x
        verdict = check(instance, grid)
        assert verdict.correct == is_valid_sudoku(grid, 2, 2), grid
        accepted += verdict.correct
    assert accepted == 1


def test_any_valid_completion_is_accepted_when_several_exist():
    solution = [[1, 2, 3, 4], [3, 4, 1, 2], [2, 1, 4, 3], [4, 3, 2, 1]]
    other = [[1, 2, 3, 4], [3, 4, 1, 2], [2, 3, 4, 1], [4, 1, 2, 3]]
    puzzle = [[1, 2, 3, 4], [3, 4, 1, 2], [None] * 4, [None] * 4]
    instance = {
        "box_rows": 2,
        "box_cols": 2,
        "puzzle": puzzle,
        "solution": solution,
        "unique": False,
    }
    assert count_completions(puzzle, 2, 2) >= 2
    assert check(instance, solution).correct and check(instance, other).correct
    assert "given number" in check(instance, [other[1], other[0], *other[2:]]).reason


@pytest.mark.parametrize("box", [(2, 2), (2, 3), (3, 2), (3, 4), (4, 4), (5, 6), (7, 8)])
def test_pattern_grids_are_valid_sudokus(box):
    for seed in range(5):
        assert is_valid_sudoku(pattern_solution(random.Random(seed), *box), *box)


def test_large_boards_blank_random_cells_and_accept_the_planted_grid():
    problem = ENV.generate(24, 0)  # 25 x 25, past the uniqueness cap
    instance = problem.instance
    assert not instance["unique"] and len(instance["puzzle"]) == 25
    assert "Any completion" in problem.prompt
    assert is_valid_sudoku(instance["solution"], 5, 5)
    assert ENV.verify(problem, problem.reference_response()).correct


def test_wrong_grids_get_reasons_and_malformed_grids_fail_to_parse():
    problem = ENV.generate(8, 4)  # 9 x 9
    solution = problem.instance["solution"]
    bad = [list(row) for row in solution]
    bad[0][0] = 10
    assert "outside 1..9" in check(problem.instance, bad).reason
    for miss in ENV.near_misses(problem):
        verdict = ENV.verify(problem, f"<answer>{miss}</answer>")
        assert not verdict.correct
    swapped = [list(row) for row in solution]
    swapped[0], swapped[1] = swapped[1], swapped[0]  # rows fine; a given or a box breaks
    assert not check(problem.instance, swapped).correct
    for text in ("1 2 3", "\n".join(["1 2 3 4 5 6 7 8 9"] * 8), "x" * 30):
        verdict = ENV.verify(problem, f"<answer>{text}</answer>")
        assert not verdict.correct and not verdict.format_ok
