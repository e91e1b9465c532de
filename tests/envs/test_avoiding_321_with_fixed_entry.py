"""Avoiding321WithFixedEntry: the table product against checking every permutation."""

from __future__ import annotations

import random
from collections import Counter
from itertools import combinations, permutations

import pytest

import rlve_gym
from rlve_gym.envs.combinatorics_counting.avoiding_321_with_fixed_entry import (
    admissible_prefixes_by_maximum,
    count_321_avoiding_with_entry,
)
from rlve_gym.kernels.combinatorics import avoiding_321_prefixes

ENV = rlve_gym.make("Avoiding321WithFixedEntry")


def avoids_321(p):
    return not any(p[a] > p[b] > p[c] for a, b, c in combinations(range(len(p)), 3))


def entry_counts(n):
    counts = Counter()
    for p in permutations(range(1, n + 1)):
        if avoids_321(p):
            for i, v in enumerate(p):
                counts[(i + 1, v)] += 1
    return counts


@pytest.mark.parametrize("n", range(1, 8))
def test_product_matches_enumeration_for_every_entry(n):
    counts = entry_counts(n)
    for x in range(1, n + 1):
        for y in range(1, n + 1):
            assert count_321_avoiding_with_entry(n, x, y) == counts[(x, y)], (n, x, y)


def test_small_generated_instances_match_enumeration():
    cache = {}
    for seed in range(40):
        inst = ENV.generate_instance(random.Random(seed), {"min_length": 4, "max_length": 7})
        n = inst["length"]
        cache.setdefault(n, entry_counts(n))
        assert ENV.solve(inst) == cache[n][(inst["position"], inst["value"])]


def test_edge_cases():
    assert count_321_avoiding_with_entry(5, 1, 5) == 1  # 5 1 2 3 4
    assert count_321_avoiding_with_entry(5, 5, 1) == 1
    assert count_321_avoiding_with_entry(5, 3, 3) == 4  # C(2) * C(2)
    assert count_321_avoiding_with_entry(5, 0, 3) == 0
    assert count_321_avoiding_with_entry(1, 1, 1) == 1


def test_generator_avoids_the_single_permutation_pairs():
    for seed in range(100):
        inst = ENV.generate(difficulty=0, seed=seed).instance
        assert {inst["position"], inst["value"]} != {1, inst["length"]}


def test_prefix_rows_match_the_shared_table():
    for n in range(10):
        table = avoiding_321_prefixes(n)
        for length in range(n + 1):
            assert admissible_prefixes_by_maximum(n, length) == table[length]
