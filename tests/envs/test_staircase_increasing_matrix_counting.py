"""StaircaseIncreasingMatrixCounting: the reflection count against enumerating whole matrices."""

from __future__ import annotations

from itertools import combinations, product

import rlve_gym
from rlve_gym.envs.combinatorics_counting.staircase_increasing_matrix_counting import (
    count_staircase_matrices,
)

ENV = rlve_gym.make("StaircaseIncreasingMatrixCounting")
MOD = 1_000_000_007


def brute_force(rows: int, cols: int) -> int:
    """Every matrix whose rows are strictly increasing (a row is an increasing choice of values)."""
    row_options = list(combinations(range(cols + 1), cols))
    count = 0
    for matrix in product(row_options, repeat=rows):
        count += all(
            matrix[i][j] < matrix[i - 1][j + 1] for i in range(1, rows) for j in range(cols - 1)
        )
    return count


def missing_value_dp(rows: int, cols: int) -> int:
    """Count sequences p_1..p_N in 0..M with p_i >= p_{i-1} - 1 (the derivation's middle step)."""
    ways = [1] * (cols + 1)
    for _ in range(rows - 1):
        ways = [sum(ways[q] for q in range(cols + 1) if p >= q - 1) for p in range(cols + 1)]
    return sum(ways)


def test_reflection_matches_matrix_enumeration():
    for rows in range(1, 5):
        for cols in range(1, 5):
            if (cols + 1) ** rows <= 5**4:
                assert count_staircase_matrices(rows, cols, MOD) == brute_force(rows, cols), (
                    rows,
                    cols,
                )


def test_reflection_matches_missing_value_dp_on_larger_shapes():
    for rows in range(1, 30, 3):
        for cols in range(1, 30, 4):
            assert count_staircase_matrices(rows, cols, MOD) == missing_value_dp(rows, cols) % MOD


def test_generated_instances_match_dp_and_small_modulus():
    for d in range(4):
        for seed in range(4):
            inst = ENV.generate(difficulty=d, seed=seed).instance
            assert ENV.solve(inst) == missing_value_dp(inst["rows"], inst["cols"]) % inst["modulus"]
    assert count_staircase_matrices(40, 37, 1_000_003) == missing_value_dp(40, 37) % 1_000_003


def test_prompt_examples_are_true():
    assert brute_force(2, 1) == 4 and brute_force(2, 2) == 8


def test_prompt_examples_are_never_instances():
    """Regression: N = 2 with M = 1 or 2, whose counts the prompt states, were level-0 instances."""
    for d in (0, 1):
        for seed in range(300):
            inst = ENV.generate(difficulty=d, seed=seed).instance
            assert not (inst["rows"] == 2 and inst["cols"] <= 2)
