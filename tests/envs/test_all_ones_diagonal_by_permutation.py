"""AllOnesDiagonalByPermutation: every pairing of rows with columns tried on small matrices;
exactly the answers that put 1s on the whole diagonal are accepted, in any row order."""

from __future__ import annotations

import itertools
import random

import pytest

import rlve_gym

ENV = rlve_gym.make("AllOnesDiagonalByPermutation")


def diagonal_after(matrix, rows, cols):
    return [matrix[rows[i] - 1][cols[i] - 1] for i in range(len(rows))]


def small_instance(seed, n):
    return ENV.generate_instance(random.Random(seed), {"n": n})


def judged(instance, rows, cols):
    return ENV.check(instance, ENV.parse(" ".join(map(str, rows + cols)), instance), None)


@pytest.mark.parametrize("n", (3, 4, 5))
def test_every_column_order_is_judged_by_its_diagonal(n):
    for seed in range(8):
        instance = small_instance(seed, n)
        matrix = instance["matrix"]
        shuffled_rows = list(range(1, n + 1))
        random.Random(seed).shuffle(shuffled_rows)
        accepted = 0
        for rows in (list(range(1, n + 1)), shuffled_rows):
            for cols in itertools.permutations(range(1, n + 1)):
                good = all(diagonal_after(matrix, rows, list(cols)))
                verdict = judged(instance, rows, list(cols))
                assert verdict.correct == good
                accepted += good
        assert accepted >= 2  # the planted matching, under both row orders
        assert not all(matrix[i][i] for i in range(n))


@pytest.mark.parametrize("difficulty", (0, 1, 4, 20))
def test_reference_puts_ones_on_the_diagonal(difficulty):
    for seed in range(8):
        problem = ENV.generate(difficulty, seed)
        n = len(problem.instance["matrix"])
        values = [int(t) for t in problem.answer.split()]
        assert sorted(values[:n]) == sorted(values[n:]) == list(range(1, n + 1))
        assert all(diagonal_after(problem.instance["matrix"], values[:n], values[n:]))


def test_share_of_working_pairings_is_small_at_level_zero():
    shares = []
    for seed in range(30):
        matrix = ENV.generate(0, seed).instance["matrix"]
        working = sum(
            all(matrix[i][c - 1] for i, c in enumerate(cols))
            for cols in itertools.permutations(range(1, 7))
        )
        shares.append(working / 720)
    assert sum(shares) / len(shares) < 0.02


def test_invalid_orders_are_rejected_with_a_reason():
    problem = ENV.generate(0, 3)
    instance = problem.instance
    n = len(instance["matrix"])
    ident = list(range(1, n + 1))
    assert "row order" in judged(instance, [1] + ident[1:-1] + [1], ident).reason
    assert "column order" in judged(instance, ident, ident[:-1] + [n + 1]).reason
    for miss in ENV.near_misses(problem):
        assert not ENV.verify(problem, f"<answer>{miss}</answer>").correct
    for text in ("", "1 2 3", "a b"):
        verdict = ENV.verify(problem, f"<answer>{text}</answer>")
        assert not verdict.correct and not verdict.format_ok
