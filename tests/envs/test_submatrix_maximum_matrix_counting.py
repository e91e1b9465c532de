"""SubmatrixMaximumMatrixCounting: grouped inclusion-exclusion against every matrix."""

from __future__ import annotations

import random
from itertools import product

import rlve_gym
from rlve_gym.envs.combinatorics_counting.submatrix_maximum_matrix_counting import (
    MAX_SHARED_VALUE,
    count_submatrix_maximum_matrices,
)

ENV = rlve_gym.make("SubmatrixMaximumMatrixCounting")
MOD = 1_000_000_007


def brute_force(height, width, top, rectangles) -> int:
    count = 0
    for flat in product(range(1, top + 1), repeat=height * width):
        grid = [flat[r * width : (r + 1) * width] for r in range(height)]
        count += all(
            max(grid[r][c] for r in range(r1 - 1, r2) for c in range(c1 - 1, c2)) == v
            for r1, c1, r2, c2, v in rectangles
        )
    return count


def test_counts_match_enumeration_on_random_rectangles():
    rng = random.Random(2)
    for _ in range(150):
        height, width, top = rng.randint(1, 3), rng.randint(1, 3), rng.randint(1, 3)
        rectangles = []
        for _ in range(rng.randint(1, 4)):
            r1, r2 = sorted(rng.randint(1, height) for _ in range(2))
            c1, c2 = sorted(rng.randint(1, width) for _ in range(2))
            rectangles.append([r1, c1, r2, c2, rng.randint(1, top)])
        got = count_submatrix_maximum_matrices(height, width, top, rectangles, MOD)
        assert got == brute_force(height, width, top, rectangles), (height, width, top, rectangles)


def test_small_generated_instances_match_enumeration():
    rng = random.Random(6)
    checked = 0
    for _ in range(16):
        inst = ENV.generate_instance(rng, {"rectangles": 3, "max_side": 3, "max_value": 4})
        if inst["max_value"] ** (inst["height"] * inst["width"]) <= 100_000:
            expected = brute_force(
                inst["height"], inst["width"], inst["max_value"], inst["rectangles"]
            )
            assert ENV.solve(inst) == expected % inst["modulus"]
            checked += 1
        assert ENV.solve(inst) >= 1
    assert checked >= 8


def test_shared_values_are_capped_and_contradictions_count_zero():
    for d in (5, 15, 25):
        inst = ENV.generate(difficulty=d, seed=1).instance
        values = [r[4] for r in inst["rectangles"]]
        assert max(values.count(v) for v in values) <= MAX_SHARED_VALUE
    # a cell bounded by 1 inside a rectangle that needs a 2 elsewhere only: still satisfiable
    assert count_submatrix_maximum_matrices(1, 2, 3, [[1, 1, 1, 2, 2], [1, 1, 1, 1, 1]], MOD) == 1
    assert count_submatrix_maximum_matrices(1, 2, 3, [[1, 1, 1, 2, 2], [1, 1, 1, 2, 1]], MOD) == 0


def test_prompt_example_is_true():
    assert brute_force(1, 2, 2, [[1, 1, 1, 2, 2]]) == 3
