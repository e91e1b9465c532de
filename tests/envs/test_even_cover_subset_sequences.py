"""EvenCoverSubsetSequences: the recurrence against listing every sequence of distinct subsets."""

from __future__ import annotations

import random
from itertools import permutations

import pytest

import rlve_gym
from rlve_gym.envs.combinatorics_counting.even_cover_subset_sequences import (
    count_even_cover_sequences,
)

ENV = rlve_gym.make("EvenCoverSubsetSequences")
PRIME = 1_000_000_007


def brute_force(n, m):
    masks = range(1, 1 << n)
    count = 0
    for seq in permutations(masks, m):
        parity = 0
        for mask in seq:
            parity ^= mask
        count += parity == 0
    return count


@pytest.mark.parametrize(("n", "max_m"), [(1, 3), (2, 3), (3, 6), (4, 4)])
def test_recurrence_matches_enumeration(n, max_m):
    for m in range(0, max_m + 1):
        assert count_even_cover_sequences(n, m, PRIME) == brute_force(n, m), (n, m)


def test_small_generated_instances_match_enumeration():
    for seed in range(30):
        inst = ENV.generate_instance(random.Random(seed), {"max_elements": 3, "max_length": 5})
        n, m = inst["elements"], inst["length"]
        assert ENV.solve(inst) == brute_force(n, m) % inst["modulus"]


def test_edge_cases():
    assert count_even_cover_sequences(3, 0, PRIME) == 1  # the empty sequence
    assert count_even_cover_sequences(3, 1, PRIME) == 0
    assert count_even_cover_sequences(3, 2, PRIME) == 0  # would need T[1] = T[2]
    assert count_even_cover_sequences(3, 7, PRIME) == 5040  # all seven subsets, any order
    assert count_even_cover_sequences(3, 6, PRIME) == 0  # the missing subset would be empty
    assert count_even_cover_sequences(3, 8, PRIME) == 0  # more subsets than exist
    assert count_even_cover_sequences(3, 7, 7) == 0  # 7! is a multiple of the modulus


def test_length_never_makes_the_answer_vanish():
    for seed in range(60):
        inst = ENV.generate_instance(random.Random(seed), {"max_elements": 3, "max_length": 14})
        assert 3 <= inst["length"] <= (1 << inst["elements"]) - 1
        assert inst["length"] != (1 << inst["elements"]) - 2
