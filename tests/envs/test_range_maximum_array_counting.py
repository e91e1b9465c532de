"""RangeMaximumArrayCounting: the per-value segment DP against checking every array."""

from __future__ import annotations

import random
from itertools import product

import rlve_gym
from rlve_gym.envs.combinatorics_counting.range_maximum_array_counting import (
    count_range_maximum_arrays,
)

ENV = rlve_gym.make("RangeMaximumArrayCounting")
MOD = 1_000_000_007


def brute_force(length, top, constraints) -> int:
    return sum(
        all(max(h[lo - 1 : hi]) == m for lo, hi, m in constraints)
        for h in product(range(1, top + 1), repeat=length)
    )


def test_dp_matches_enumeration_on_random_constraints():
    rng = random.Random(7)
    for _ in range(200):
        length, top = rng.randint(1, 6), rng.randint(1, 4)
        constraints = []
        for _ in range(rng.randint(1, 4)):
            a, b = rng.randint(1, length), rng.randint(1, length)
            constraints.append([min(a, b), max(a, b), rng.randint(1, top)])
        assert count_range_maximum_arrays(length, top, constraints, MOD) == brute_force(
            length, top, constraints
        ), (
            length,
            top,
            constraints,
        )


def test_generated_small_levels_match_enumeration():
    for d in range(2):
        for seed in range(8):
            problem = ENV.generate(difficulty=d, seed=seed)
            inst = problem.instance
            if inst["max_value"] ** inst["length"] <= 200_000:
                expected = (
                    brute_force(inst["length"], inst["max_value"], inst["constraints"])
                    % inst["modulus"]
                )
                assert int(problem.answer) == expected
            assert int(problem.answer) >= 1


def test_contradictions_and_nested_constraints():
    assert count_range_maximum_arrays(4, 5, [[1, 4, 2], [2, 3, 3]], MOD) == 0
    assert (
        count_range_maximum_arrays(3, 3, [[1, 3, 3], [2, 2, 3]], MOD) == 9
    )  # H[2] = 3 settles both
    assert count_range_maximum_arrays(10**9, 7, [], MOD) == pow(7, 10**9, MOD)


def test_prompt_example_is_true():
    assert brute_force(3, 2, [[1, 2, 2]]) == 6
