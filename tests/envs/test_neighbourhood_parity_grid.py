"""NeighbourhoodParityGrid: on tiny grids every one of the 2^(rows*cols) grids is tried."""

from __future__ import annotations

import itertools
import random

import pytest

import rlve_gym
from rlve_gym.envs.grid_puzzle.neighbourhood_parity_grid import grid_with_parities, parities

ENV = rlve_gym.make("NeighbourhoodParityGrid")


def parity_of_cell(grid, r, c):
    """The XOR over the plus-shaped neighbourhood, by listing the cells explicitly."""
    cells = [(r, c), (r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)]
    inside = [(x, y) for x, y in cells if 0 <= x < len(grid) and 0 <= y < len(grid[0])]
    return sum(grid[x][y] for x, y in inside) % 2


def all_grids(rows, cols):
    for bits in itertools.product((0, 1), repeat=rows * cols):
        yield [list(bits[r * cols : (r + 1) * cols]) for r in range(rows)]


def as_text(grid):
    return "\n".join(" ".join(map(str, row)) for row in grid)


@pytest.mark.parametrize("shape", [(1, 1), (2, 2), (2, 3), (3, 3), (3, 4), (4, 3)])
def test_checker_accepts_exactly_the_grids_with_the_right_parities(shape):
    rows, cols = shape
    for seed in range(4):
        instance = ENV.generate_instance(random.Random(seed), {"rows": rows, "cols": cols})
        target = [[int(ch) for ch in row] for row in instance["parity"]]
        accepted = 0
        for grid in all_grids(rows, cols):
            fits = all(
                parity_of_cell(grid, r, c) == target[r][c] for r in range(rows) for c in range(cols)
            )
            verdict = ENV.check(instance, ENV.parse(as_text(grid), instance), None)
            assert verdict.correct == fits
            accepted += fits
        assert accepted >= 1
        reference = ENV.solve(instance)
        assert ENV.check(instance, reference, None).correct


@pytest.mark.parametrize("shape", [(1, 2), (2, 2), (3, 2), (2, 4), (3, 3)])
def test_solver_finds_a_grid_exactly_when_one_exists(shape):
    rows, cols = shape
    reachable = {tuple(map(tuple, parities(g))) for g in all_grids(rows, cols)}
    for target in all_grids(rows, cols):
        found = grid_with_parities(target)
        assert (found is not None) == (tuple(map(tuple, target)) in reachable)
        if found is not None:
            assert parities(found) == target


def test_four_by_four_puzzles_have_sixteen_solutions():
    instance = ENV.generate(0, 1).instance
    target = [[int(ch) for ch in row] for row in instance["parity"]]
    count = sum(parities(g) == target for g in all_grids(4, 4))
    assert count == 16


def test_generated_targets_are_never_all_zero_and_large_levels_solve():
    for d in (0, 5, 20, 60):
        for seed in range(5):
            problem = ENV.generate(d, seed)
            assert any("1" in row for row in problem.instance["parity"])
            assert ENV.verify(problem, f"<answer>{problem.answer}</answer>").correct


def test_near_misses_and_malformed_grids():
    problem = ENV.generate(2, 3)
    for miss in ENV.near_misses(problem):
        assert not ENV.verify(problem, f"<answer>{miss}</answer>").correct
    rows = problem.answer.splitlines()
    compact = "\n".join(row.replace(" ", "") for row in rows)
    assert ENV.verify(problem, f"<answer>{compact}</answer>").correct
    for bad in ("\n".join(rows[:-1]), problem.answer.replace("0", "2", 1), "1 0 1"):
        v = ENV.verify(problem, f"<answer>{bad}</answer>")
        assert not v.correct and not v.format_ok
