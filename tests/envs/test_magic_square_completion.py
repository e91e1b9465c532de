"""MagicSquareCompletion: naive backtracking counts completions; the checker on every filling."""

from __future__ import annotations

import itertools
import random

import pytest

import rlve_gym
from rlve_gym.envs.grid_puzzle.magic_square_completion import (
    classical_square,
    magic_model,
    order_for,
    transformed_square,
)

from ._number_grids import check_grid

ENV = rlve_gym.make("MagicSquareCompletion")


def is_magic(grid):
    n = len(grid)
    total = n * (n * n + 1) // 2
    lines = [list(row) for row in grid] + [list(col) for col in zip(*grid)]
    lines += [[grid[i][i] for i in range(n)], [grid[i][n - 1 - i] for i in range(n)]]
    values = sorted(x for row in grid for x in row)
    return values == list(range(1, n * n + 1)) and all(sum(line) == total for line in lines)


def count_completions(puzzle, limit=5):
    """Empty cells in row order from the unused numbers; a row, column or diagonal is summed as
    soon as its last empty cell is filled."""
    n = len(puzzle)
    total = n * (n * n + 1) // 2
    grid = [list(row) for row in puzzle]
    unused = set(range(1, n * n + 1)) - {x for row in puzzle for x in row if x is not None}
    empty = [(r, c) for r in range(n) for c in range(n) if grid[r][c] is None]
    lines = [[(r, c) for c in range(n)] for r in range(n)]
    lines += [[(r, c) for r in range(n)] for c in range(n)]
    lines += [[(i, i) for i in range(n)], [(i, n - 1 - i) for i in range(n)]]
    closing = {k: [] for k in range(len(empty))}
    for line in lines:
        steps = [empty.index(cell) for cell in line if cell in empty]
        if steps:
            closing[max(steps)].append(line)
        elif sum(grid[r][c] for r, c in line) != total:
            return 0

    def walk(k):
        if k == len(empty):
            return 1
        r, c = empty[k]
        found = 0
        for x in sorted(unused):
            grid[r][c] = x
            if any(sum(grid[a][b] for a, b in line) != total for line in closing[k]):
                continue
            unused.discard(x)
            found += walk(k + 1)
            unused.add(x)
            if found >= limit:
                break
        grid[r][c] = None
        return found

    return walk(0)


def check(instance, grid):
    return check_grid(ENV, instance, grid)


def test_orders_skip_three_and_two_mod_four():
    assert [order_for(k) for k in range(9)] == [4, 5, 7, 8, 9, 11, 12, 13, 15]


@pytest.mark.parametrize("n", (3, 4, 5, 7, 8, 9, 11, 12, 13, 15, 16))
def test_constructions_are_magic(n):
    assert is_magic(classical_square(n)) or n % 4 == 2
    for seed in range(6):
        assert is_magic(transformed_square(random.Random(seed), n))


def test_the_model_counts_the_8_magic_squares_of_order_3():
    empty = [[None] * 3 for _ in range(3)]
    assert count_completions(empty, limit=100) == 8
    squares = [
        list(p)
        for p in itertools.permutations(range(1, 10))
        if p[4] == 5 and sum(p[0:3]) == 15 and is_magic([list(p[0:3]), list(p[3:6]), list(p[6:9])])
    ]
    assert len(squares) == 8
    assert sorted(magic_model(3).iter_solutions()) == sorted(squares)


@pytest.mark.parametrize("seed", range(15))
def test_4x4_puzzles_have_exactly_one_completion(seed):
    for percent in (40, 100):
        instance = ENV.generate_instance(random.Random(seed), {"n": 4, "blank_percent": percent})
        assert instance["unique"] and is_magic(instance["solution"])
        assert count_completions(instance["puzzle"]) == 1
        assert check(instance, instance["solution"]).correct


def test_5x5_puzzles_have_exactly_one_completion():
    for seed in range(2):
        instance = ENV.generate_instance(random.Random(seed), {"n": 5, "blank_percent": 50})
        assert count_completions(instance["puzzle"]) == 1


def test_exactly_the_magic_fillings_are_accepted():
    solution = classical_square(5)
    puzzle = [list(row) for row in solution]
    for r, c in [(0, 0), (0, 3), (1, 1), (2, 2), (3, 4), (4, 0), (4, 4)]:
        puzzle[r][c] = None
    instance = {"puzzle": puzzle, "solution": solution, "unique": False}
    empty = [(r, c) for r in range(5) for c in range(5) if puzzle[r][c] is None]
    missing = [solution[r][c] for r, c in empty]
    accepted = 0
    for values in itertools.permutations(missing):
        grid = [list(row) for row in puzzle]
        for (r, c), x in zip(empty, values):
            grid[r][c] = x
        verdict = check(instance, grid)
        assert verdict.correct == is_magic(grid)
        accepted += verdict.correct
    assert accepted == count_completions(puzzle, limit=10**6) >= 1


def test_large_orders_give_random_cells_and_accept_the_planted_square():
    problem = ENV.generate(12, 5)  # order 9, past the uniqueness cap
    instance = problem.instance
    assert not instance["unique"] and is_magic(instance["solution"])
    givens = sum(x is not None for row in instance["puzzle"] for x in row)
    assert givens == 81 * 30 // 100
    assert ENV.verify(problem, problem.reference_response()).correct


def test_near_misses_and_wrong_answers_get_reasons():
    problem = ENV.generate(4, 1)
    for miss in ENV.near_misses(problem):
        assert not ENV.verify(problem, f"<answer>{miss}</answer>").correct
    n = len(problem.instance["puzzle"])
    big = [[n * n + 1] * n for _ in range(n)]
    assert "outside" in check(problem.instance, big).reason
    for text in ("1 2 3", "a b\nc d", ""):
        assert not ENV.verify(problem, f"<answer>{text}</answer>").format_ok
