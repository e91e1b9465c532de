"""AllOnesBothDiagonalsByPermutation: every pair of row and column orders tried on small
matrices; exactly those whose rearranged matrix has two all-ones diagonals are accepted."""

from __future__ import annotations

import itertools
import random

import pytest

import rlve_gym

ENV = rlve_gym.make("AllOnesBothDiagonalsByPermutation")


def both_diagonals_ones(matrix, rows, cols):
    n = len(matrix)
    grid = [[matrix[r - 1][c - 1] for c in cols] for r in rows]
    return all(grid[i][i] == 1 and grid[i][n - 1 - i] == 1 for i in range(n))


def judged(instance, rows, cols):
    return ENV.check(
        instance, ENV.parse(" ".join(map(str, list(rows) + list(cols))), instance), None
    )


@pytest.mark.parametrize("n", (3, 5))
def test_every_pair_of_orders_is_judged_correctly(n):
    perms = list(itertools.permutations(range(1, n + 1)))
    for seed in range(4 if n == 5 else 10):
        instance = ENV.generate_instance(random.Random(seed), {"n": n})
        matrix = instance["matrix"]
        accepted = 0
        for rows in perms:
            for cols in perms:
                good = both_diagonals_ones(matrix, rows, cols)
                assert judged(instance, rows, cols).correct == good
                accepted += good
        assert accepted >= 1
        assert not both_diagonals_ones(matrix, range(1, n + 1), range(1, n + 1))


@pytest.mark.parametrize("difficulty", (0, 1, 2, 9, 20))
def test_reference_makes_both_diagonals_ones(difficulty):
    for seed in range(8):
        problem = ENV.generate(difficulty, seed)
        n = len(problem.instance["matrix"])
        assert n % 2 == 1
        values = [int(t) for t in problem.answer.split()]
        assert both_diagonals_ones(problem.instance["matrix"], values[:n], values[n:])
        assert ENV.verify(problem, f"<answer>{problem.answer}</answer>").correct


def test_near_misses_and_invalid_orders_are_rejected():
    problem = ENV.generate(3, 2)
    n = len(problem.instance["matrix"])
    for miss in ENV.near_misses(problem):
        assert not ENV.verify(problem, f"<answer>{miss}</answer>").correct
    ident = list(range(1, n + 1))
    assert "row order" in judged(problem.instance, [2] + ident[1:], ident).reason
    assert "column order" in judged(problem.instance, ident, [0] + ident[1:]).reason
    for text in ("", " ".join(["1"] * (2 * n + 1)), "x"):
        verdict = ENV.verify(problem, f"<answer>{text}</answer>")
        assert not verdict.correct and not verdict.format_ok
