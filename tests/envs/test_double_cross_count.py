"""DoubleCrossCount: the per-column closed form against enumerating every parameter tuple."""

from __future__ import annotations

import itertools
import random

import pytest

import rlve_gym
from rlve_gym.envs.grid_puzzle.double_cross_count import count_double_crosses

ENV = rlve_gym.make("DoubleCrossCount")


def count_by_enumeration(grid):
    """Every (column, T, U, L, B, a, b) checked cell by cell; also checks that distinct tuples
    give distinct cell sets."""
    height, width = len(grid), len(grid[0])
    shapes = set()
    count = 0
    for c in range(width):
        for top, upper, lower, bottom in itertools.combinations(range(height), 4):
            if lower - upper < 2:
                continue
            for b in range(2, width):
                for a in range(1, b):
                    if c - b < 0 or c + b >= width:
                        continue
                    cells = {(r, c) for r in range(top, bottom + 1)}
                    cells |= {(upper, x) for x in range(c - a, c + a + 1)}
                    cells |= {(lower, x) for x in range(c - b, c + b + 1)}
                    if all(grid[r][x] == "1" for r, x in cells):
                        count += 1
                        shapes.add(frozenset(cells))
    assert len(shapes) == count
    return count


@pytest.mark.parametrize("shape", [(5, 5), (6, 5), (5, 7), (7, 7), (8, 6)])
def test_solver_matches_enumeration_on_generated_grids(shape):
    rows, cols = shape
    for seed in range(25):
        instance = ENV.generate_instance(random.Random(seed), {"rows": rows, "cols": cols})
        assert ENV.solve(instance) == count_by_enumeration(instance["grid"]) >= 1


def test_solver_matches_enumeration_on_random_dense_grids():
    rng = random.Random(5)
    for _ in range(40):
        rows, cols = rng.randint(1, 8), rng.randint(1, 8)
        grid = ["".join(rng.choice("1110") for _ in range(cols)) for _ in range(rows)]
        assert count_double_crosses(grid) == count_by_enumeration(grid)


def test_the_smallest_double_cross_and_its_neighbours():
    smallest = ["..1..", ".111.", "..1..", "11111", "..1.."]
    grid = [row.replace(".", "0") for row in smallest]
    assert count_double_crosses(grid) == 1
    assert count_double_crosses(["11111"] * 5) == 1
    adjacent_bars = ["00100", "01110", "11111", "00100", "00100"]
    assert count_double_crosses(adjacent_bars) == 0
    equal_bars = ["00100", "01110", "00100", "01110", "00100"]
    assert count_double_crosses(equal_bars) == 0  # upper bar must be strictly shorter
    wide_upper = ["00100", "11111", "00100", "11111", "00100"]
    assert count_double_crosses(wide_upper) == 1  # its middle three cells make the upper bar
    assert count_double_crosses(["1" * 7] * 7) == count_by_enumeration(["1" * 7] * 7)


def test_generated_levels_match_enumeration():
    for seed in range(4):
        problem = ENV.generate(0, seed)
        assert int(problem.answer) == count_by_enumeration(problem.instance["grid"])


def test_wrong_and_malformed_answers():
    problem = ENV.generate(1, 3)
    right = int(problem.answer)
    assert ENV.verify(problem, f"<answer>{right}</answer>").correct
    for text in (str(right + 1), "0", "-5"):
        assert not ENV.verify(problem, f"<answer>{text}</answer>").correct
    for text in ("many", "3.0", ""):
        assert not ENV.verify(problem, f"<answer>{text}</answer>").format_ok
