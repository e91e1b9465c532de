"""FutoshikiLatinSquare: completions counted over all Latin squares; the checker on every square."""

from __future__ import annotations

import functools
import itertools
import random

import pytest

import rlve_gym

from ._number_grids import check_grid, count_latin_completions

ENV = rlve_gym.make("FutoshikiLatinSquare")


@functools.cache
def latin_squares(n):
    """Every n x n Latin square, built row by row from permutations."""
    perms = list(itertools.permutations(range(1, n + 1)))
    squares = [[]]
    for _ in range(n):
        squares = [
            sq + [p]
            for sq in squares
            for p in perms
            if all(p[c] != row[c] for row in sq for c in range(n))
        ]
    return [[list(row) for row in sq] for sq in squares]


def obeys(instance, square):
    givens_kept = all(
        x is None or square[r][c] == x
        for r, row in enumerate(instance["puzzle"])
        for c, x in enumerate(row)
    )
    return givens_kept and all(
        square[a[0]][a[1]] < square[b[0]][b[1]] for a, b in instance["inequalities"]
    )


def check(instance, grid):
    return check_grid(ENV, instance, grid)


def test_there_are_576_latin_squares_of_order_four():
    assert len(latin_squares(4)) == 576


@pytest.mark.parametrize("seed", range(25))
def test_each_4x4_puzzle_has_one_completion_and_only_it_is_accepted(seed):
    for percent in (55, 100):
        instance = ENV.generate_instance(random.Random(seed), {"n": 4, "blank_percent": percent})
        completions = [sq for sq in latin_squares(4) if obeys(instance, sq)]
        assert completions == [instance["solution"]]
        for square in latin_squares(4):
            assert check(instance, square).correct == (square == instance["solution"])


def count_completions(instance, limit=5):
    """Row-major backtracking: a value must differ from its row and column so far and respect
    every inequality whose other cell is filled."""
    puzzle = instance["puzzle"]
    signs = [(tuple(a), tuple(b)) for a, b in instance["inequalities"]]

    def respects_signs(grid, r, c, x):
        for a, b in signs:
            if a == (r, c) and grid[b[0]][b[1]] is not None and not x < grid[b[0]][b[1]]:
                return False
            if b == (r, c) and grid[a[0]][a[1]] is not None and not grid[a[0]][a[1]] < x:
                return False
        return True

    assert all(  # the givens themselves must obey the inequalities
        puzzle[a[0]][a[1]] is None
        or puzzle[b[0]][b[1]] is None
        or puzzle[a[0]][a[1]] < puzzle[b[0]][b[1]]
        for a, b in signs
    )
    return count_latin_completions(puzzle, respects_signs, limit)


@pytest.mark.parametrize("n", (4, 5, 6))
def test_backtracking_finds_exactly_one_completion(n):
    for seed in range(8 if n < 6 else 3):
        sizes = {"n": n, "blank_percent": 100}
        instance = ENV.generate_instance(random.Random(seed), sizes)
        assert obeys(instance, instance["solution"])
        assert count_completions(instance) == 1


def test_several_valid_grids_are_all_accepted_when_the_clues_allow_them():
    instance = {
        "puzzle": [[None] * 3 for _ in range(3)],
        "inequalities": [[[0, 0], [0, 1]]],
        "solution": [[1, 2, 3], [2, 3, 1], [3, 1, 2]],
        "unique": False,
    }
    valid = [sq for sq in latin_squares(3) if obeys(instance, sq)]
    assert len(valid) == 6
    for square in latin_squares(3):
        verdict = check(instance, square)
        assert verdict.correct == (square in valid)
        if not verdict.correct:
            assert "(1,1) < (1,2) fails" in verdict.reason


def test_large_boards_use_random_clues_and_accept_the_planted_square():
    problem = ENV.generate(30, 1)  # 14 x 14, past the uniqueness cap
    instance = problem.instance
    assert not instance["unique"] and len(instance["puzzle"]) == 14
    assert obeys(instance, instance["solution"])
    assert ENV.verify(problem, problem.reference_response()).correct


def test_near_misses_and_malformed_answers_are_rejected():
    problem = ENV.generate(6, 2)
    for miss in ENV.near_misses(problem):
        assert not ENV.verify(problem, f"<answer>{miss}</answer>").correct
    n = len(problem.instance["puzzle"])
    zero = [[0] * n for _ in range(n)]
    assert "outside 1.." in check(problem.instance, zero).reason
    for text in ("1 2", "\n".join(["1 2 x"] * n), ""):
        verdict = ENV.verify(problem, f"<answer>{text}</answer>")
        assert not verdict.correct and not verdict.format_ok
