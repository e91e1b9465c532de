"""BoundedDisplacementBinaryArrays: the matching DP against applying every allowed permutation."""

from __future__ import annotations

import random
from itertools import permutations, product

import rlve_gym
from rlve_gym.envs.combinatorics_counting.bounded_displacement_binary_arrays import (
    count_reachable_arrays,
)

ENV = rlve_gym.make("BoundedDisplacementBinaryArrays")


def brute_force(bits, d):
    n = len(bits)
    return len(
        {
            tuple(bits[p[i]] for i in range(n))
            for p in permutations(range(n))
            if all(abs(i - p[i]) <= d for i in range(n))
        }
    )


def test_dp_matches_enumeration_for_all_short_arrays():
    for n in range(0, 7):
        for bits in product((0, 1), repeat=n):
            for d in range(0, n + 1):
                assert count_reachable_arrays(list(bits), d) == brute_force(bits, d), (bits, d)


def test_dp_matches_enumeration_on_small_generated_instances():
    for seed in range(10):
        inst = ENV.generate_instance(random.Random(seed), {"length": 4 + seed % 5})
        assert ENV.solve(inst) == brute_force(inst["bits"], inst["max_shift"])


def test_edge_cases():
    assert count_reachable_arrays([0, 1, 0, 1], 0) == 1  # nothing moves
    assert count_reachable_arrays([1, 1, 0, 0], 3) == 6  # every arrangement of two 0s and two 1s
    assert count_reachable_arrays([1, 1, 1], 1) == 1
    assert count_reachable_arrays([], 2) == 1


def test_random_longer_arrays_against_enumeration():
    rng = random.Random(4)
    for _ in range(20):
        bits = [rng.randint(0, 1) for _ in range(8)]
        d = rng.randint(1, 3)
        assert count_reachable_arrays(bits, d) == brute_force(bits, d)
