"""LowerBoundBubbleSortPermutations: the prefix walk against running bubble sort on every permutation."""

from __future__ import annotations

import random
from itertools import permutations

import pytest

import rlve_gym
from rlve_gym.envs.combinatorics_counting.lower_bound_bubble_sort_permutations import (
    count_lower_bound_permutations_above,
)
from rlve_gym.kernels.combinatorics import avoiding_321_completions, avoiding_321_prefixes

ENV = rlve_gym.make("LowerBoundBubbleSortPermutations")


def bubble_swaps(p):
    p, swaps = list(p), 0
    for _ in range(len(p)):
        for j in range(len(p) - 1):
            if p[j] > p[j + 1]:
                p[j], p[j + 1] = p[j + 1], p[j]
                swaps += 1
    return swaps


def meets_bound(p):
    return 2 * bubble_swaps(p) == sum(abs(i + 1 - v) for i, v in enumerate(p))


@pytest.mark.parametrize("n", range(1, 7))
def test_walk_matches_bubble_sort_for_every_permutation(n):
    perms = list(permutations(range(1, n + 1)))  # lexicographic order
    good = [meets_bound(p) for p in perms]
    for index, p in enumerate(perms):
        assert count_lower_bound_permutations_above(list(p)) == sum(good[index + 1 :]), p


def test_walk_matches_on_small_generated_instances():
    for n in range(3, 8):
        for seed in range(6):
            perm = ENV.generate_instance(random.Random(seed), {"length": n})["permutation"]
            expected = sum(
                meets_bound(p) for p in permutations(range(1, len(perm) + 1)) if list(p) > perm
            )
            assert count_lower_bound_permutations_above(perm) == expected


def test_shared_tables_count_321_avoiders():
    catalan = [1, 1, 2, 5, 14, 42, 132, 429, 1430]
    for n, c in enumerate(catalan):
        assert avoiding_321_completions(n)[0][0] == c
        assert sum(avoiding_321_prefixes(n)[n]) == c


def test_edge_cases():
    assert count_lower_bound_permutations_above([1, 2, 3]) == 4  # C(3) - 1
    assert count_lower_bound_permutations_above([3, 2, 1]) == 0
    assert count_lower_bound_permutations_above([1]) == 0
    assert count_lower_bound_permutations_above([]) == 0
