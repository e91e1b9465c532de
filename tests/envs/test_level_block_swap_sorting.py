"""LevelBlockSwapSortCounting: the level-by-level search against trying every operation sequence."""

from __future__ import annotations

import random
from itertools import combinations, permutations

import pytest

import rlve_gym
from rlve_gym.envs.combinatorics_counting.level_block_swap_sorting import count_sorting_sequences

ENV = rlve_gym.make("LevelBlockSwapSortCounting")


def brute_force(values):
    n = len(values).bit_length() - 1
    target = sorted(values)

    def walk(array, unused):
        count = int(array == target)
        for k in unused:
            size = 1 << (k - 1)
            for a, b in combinations(range(len(array) // size), 2):
                nxt = list(array)
                nxt[a * size : (a + 1) * size], nxt[b * size : (b + 1) * size] = (
                    array[b * size : (b + 1) * size],
                    array[a * size : (a + 1) * size],
                )
                count += walk(nxt, unused - {k})
        return count

    return walk(list(values), frozenset(range(1, n + 1)))


@pytest.mark.parametrize("n", [0, 1, 2])
def test_search_matches_enumeration_on_every_small_permutation(n):
    for perm in permutations(range(1, (1 << n) + 1)):
        assert count_sorting_sequences(list(perm)) == brute_force(list(perm)), perm


def test_search_matches_enumeration_on_random_arrays_of_eight():
    rng = random.Random(9)
    perms = [rng.sample(range(1, 9), 8) for _ in range(40)]
    for perm in perms:
        assert count_sorting_sequences(perm) == brute_force(perm), perm


def test_search_matches_enumeration_on_generated_levels():
    for d in range(3):
        for seed in range(12):
            problem = ENV.generate(difficulty=d, seed=seed)
            assert int(problem.answer) == brute_force(problem.instance["values"])


def test_edge_cases():
    assert count_sorting_sequences([4, 9]) == 1  # already sorted: only the empty sequence
    assert count_sorting_sequences([9, 4]) == 1
    assert count_sorting_sequences([3, 4, 1, 2]) == 1  # only operation 2
    assert count_sorting_sequences([2, 1, 3, 4, 5, 6, 7, 8]) == 1
    with pytest.raises(ValueError):
        count_sorting_sequences([1, 2, 3])


def test_generated_arrays_need_at_least_two_operations():
    for seed in range(40):
        assert int(ENV.generate(difficulty=4, seed=seed).answer) >= 2
