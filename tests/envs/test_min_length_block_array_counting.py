"""MinLengthBlockArrayCounting: the split DP against trying every cut of every array."""

from __future__ import annotations

import random
from itertools import product

import rlve_gym
from rlve_gym.envs.combinatorics_counting.min_length_block_array_counting import (
    count_min_length_block_arrays,
)

ENV = rlve_gym.make("MinLengthBlockArrayCounting")
MOD = 1_000_000_007


def splittable(array) -> bool:
    n = len(array)
    for cuts in product((False, True), repeat=n - 1):
        start, ok = 0, True
        for i in range(n):
            if i == n - 1 or cuts[i]:
                block = array[start : i + 1]
                if min(block) != len(block):
                    ok = False
                    break
                start = i + 1
        if ok:
            return True
    return False


def brute_force(n, values):
    return sum(splittable(a) for a in product(values, repeat=n))


def test_dp_matches_enumeration_for_every_set():
    for n in range(1, 6):
        for mask in range(1, 1 << n):
            values = [v for v in range(1, n + 1) if mask >> (v - 1) & 1]
            assert count_min_length_block_arrays(n, values, MOD) == brute_force(n, values), (
                n,
                values,
            )


def test_small_generated_instances_match_enumeration():
    rng = random.Random(7)
    for n in (3, 4, 5, 6):
        for _ in range(5):
            inst = ENV.generate_instance(rng, {"length": n})
            if len(inst["values"]) ** n <= 20000:
                expected = brute_force(n, inst["values"]) % inst["modulus"]
                assert ENV.solve(inst) == expected
            assert ENV.solve(inst) > 1


def test_generated_levels_count_more_than_one_array():
    for d in range(3):
        for seed in range(5):
            assert int(ENV.generate(difficulty=d, seed=seed).answer) > 1


def test_edges_and_small_modulus():
    assert count_min_length_block_arrays(4, [3, 4], MOD) == 1  # only [4, 4, 4, 4]
    assert count_min_length_block_arrays(3, [2], MOD) == 0
    assert (
        count_min_length_block_arrays(7, [1, 2, 3, 5], 1_000_003)
        == brute_force(7, [1, 2, 3, 5]) % 1_000_003
    )


def test_prompt_example_is_true():
    assert brute_force(2, [1, 2]) == 2
