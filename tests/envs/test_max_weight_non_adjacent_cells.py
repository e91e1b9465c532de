"""MaxWeightNonAdjacentCells: the min-cut optimum against a row-mask DP and all subsets."""

from __future__ import annotations

import itertools
import random

import pytest

import rlve_gym
from rlve_gym.envs.grid_puzzle.max_weight_non_adjacent_cells import best_independent_set

ENV = rlve_gym.make("MaxWeightNonAdjacentCells")


def best_by_row_masks(weights):
    """DP over rows: a row is a bitmask with no two adjacent bits, disjoint from the row above."""
    cols = len(weights[0])
    masks = [m for m in range(1 << cols) if not m & (m >> 1)]
    best = {0: 0}
    for row in weights:
        gain = {m: sum(row[c] for c in range(cols) if m >> c & 1) for m in masks}
        best = {m: gain[m] + max(v for p, v in best.items() if not p & m) for m in masks}
    return max(best.values())


def independent(grid):
    rows, cols = len(grid), len(grid[0])
    return not any(
        grid[r][c] and ((c + 1 < cols and grid[r][c + 1]) or (r + 1 < rows and grid[r + 1][c]))
        for r in range(rows)
        for c in range(cols)
    )


@pytest.mark.parametrize("shape", [(1, 1), (1, 5), (4, 1), (3, 3), (4, 4), (5, 6), (7, 4)])
def test_optimum_matches_row_mask_dp(shape):
    rows, cols = shape
    for seed in range(20):
        instance = ENV.generate_instance(random.Random(seed), {"rows": rows, "cols": cols})
        best = best_by_row_masks(instance["weights"])
        assert instance["best_total"] == best
        chosen = ENV.solve(instance)
        assert independent(chosen)
        assert (
            sum(
                w
                for row, m in zip(instance["weights"], chosen, strict=True)
                for w, x in zip(row, m, strict=True)
                if x
            )
            == best
        )


@pytest.mark.parametrize("seed", range(4))
def test_exactly_the_optimal_sets_are_accepted(seed):
    rng = random.Random(seed)
    weights = [[rng.randint(1, 4) for _ in range(3)] for _ in range(3)]  # small weights: ties
    instance = {"weights": weights, "best_total": best_independent_set(weights)[0]}
    optimal = 0
    for bits in itertools.product((0, 1), repeat=9):
        grid = [list(bits[0:3]), list(bits[3:6]), list(bits[6:9])]
        total = sum(weights[r][c] for r in range(3) for c in range(3) if grid[r][c])
        expected = independent(grid) and total == instance["best_total"]
        text = "\n".join(" ".join(map(str, row)) for row in grid)
        assert ENV.check(instance, ENV.parse(text, instance), None).correct == expected
        optimal += expected
    assert optimal >= 1


def test_chessboard_colourings_are_rarely_optimal():
    for seed in range(60):
        problem = ENV.generate(0, seed)
        weights = problem.instance["weights"]
        for parity in (0, 1):
            board = "\n".join(
                " ".join(str(int((r + c) % 2 == parity)) for c in range(len(weights[0])))
                for r in range(len(weights))
            )
            assert not ENV.verify(problem, f"<answer>{board}</answer>").correct


def test_reasons_and_malformed_answers():
    problem = ENV.generate(1, 2)
    rows = len(problem.instance["weights"])
    cols = len(problem.instance["weights"][0])
    ones = "\n".join(" ".join(["1"] * cols) for _ in range(rows))
    assert "share a side" in ENV.verify(problem, f"<answer>{ones}</answer>").reason
    zeros = "\n".join(" ".join(["0"] * cols) for _ in range(rows))
    assert "not the largest" in ENV.verify(problem, f"<answer>{zeros}</answer>").reason
    for bad in ("1 0 1", problem.answer.replace("1", "x", 1)):
        assert not ENV.verify(problem, f"<answer>{bad}</answer>").format_ok
