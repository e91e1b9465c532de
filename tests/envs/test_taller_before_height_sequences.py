"""TallerBeforeHeightSequences: the group DP against trying every order of the mountains."""

from __future__ import annotations

import random
from itertools import permutations

import rlve_gym
from rlve_gym.envs.combinatorics_counting.taller_before_height_sequences import (
    count_height_sequences,
)

ENV = rlve_gym.make("TallerBeforeHeightSequences")
PRIME = 1_000_000_007


def brute_force(heights, limits):
    sequences = set()
    for order in permutations(range(len(heights))):
        if all(
            sum(heights[j] > heights[i] for j in order[:k]) < limits[i] for k, i in enumerate(order)
        ):
            sequences.add(tuple(heights[i] for i in order))
    return len(sequences)


def test_dp_matches_enumeration_on_random_mountains():
    rng = random.Random(8)
    for _ in range(400):
        n = rng.randint(1, 6)
        heights = [rng.randint(1, 4) for _ in range(n)]
        limits = [rng.randint(1, n) for _ in range(n)]
        assert count_height_sequences(heights, limits, PRIME) == brute_force(heights, limits), (
            heights,
            limits,
        )


def test_dp_matches_enumeration_on_small_generated_instances():
    rng = random.Random(4)
    for mountains in (3, 5, 7):
        for _ in range(8):
            inst = ENV.generate_instance(rng, {"mountains": mountains})
            expected = brute_force(inst["heights"], inst["limits"]) % inst["modulus"]
            assert ENV.solve(inst) == expected


def test_edge_cases():
    assert count_height_sequences([], [], PRIME) == 1
    assert count_height_sequences([5, 5, 5], [1, 1, 1], PRIME) == 1  # equal heights: one sequence
    assert count_height_sequences([1, 2, 3], [1, 1, 1], PRIME) == 1  # tallest first only
    assert count_height_sequences([1, 2, 3], [3, 3, 3], PRIME) == 6
    assert count_height_sequences([1, 2, 3], [3, 3, 3], 5) == 1
    assert count_height_sequences([1, 2], [1, 0], PRIME) == 0  # a limit of 0 can never be met
