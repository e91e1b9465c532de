"""LevelBlockSwapSort: the level-by-level search and the checker against trying every
operation sequence."""

from __future__ import annotations

import random
from itertools import combinations, permutations

import pytest

import rlve_gym
from rlve_gym.envs.combinatorics_counting.level_block_swap_sorting import (
    apply_operations,
    find_sorting_operations,
)

ENV = rlve_gym.make("LevelBlockSwapSort")


def all_sequences(length):
    """Every operation sequence (each kind at most once, any order) on an array of ``length``."""
    levels = length.bit_length() - 1

    def walk(prefix, unused):
        yield list(prefix)
        for k in unused:
            for a, b in combinations(range(1, (length >> (k - 1)) + 1), 2):
                yield from walk([*prefix, (k, a, b)], unused - {k})

    return walk([], frozenset(range(1, levels + 1)))


def sorting_sequences(values):
    return [
        ops for ops in all_sequences(len(values)) if apply_operations(values, ops) == sorted(values)
    ]


@pytest.mark.parametrize("n", [0, 1, 2])
def test_search_finds_a_sequence_exactly_when_one_exists(n):
    for perm in permutations(range(1, (1 << n) + 1)):
        found = find_sorting_operations(list(perm))
        exists = bool(sorting_sequences(list(perm)))
        assert (found is not None) == exists, perm
        if found is not None:
            assert apply_operations(list(perm), found) == sorted(perm)


def test_search_on_random_arrays_of_eight():
    rng = random.Random(9)
    for _ in range(40):
        perm = rng.sample(range(1, 9), 8)
        found = find_sorting_operations(perm)
        assert (found is not None) == bool(sorting_sequences(perm)), perm
        if found is not None:
            assert apply_operations(perm, found) == sorted(perm)


def test_checker_accepts_exactly_the_sorting_sequences_on_small_instances():
    for seed in range(6):
        instance = ENV.generate_instance(random.Random(seed), {"levels": 3, "value_range": 20})
        values = instance["values"]
        for ops in all_sequences(len(values)):
            if not ops:
                continue
            sorts = apply_operations(values, ops) == sorted(values)
            assert ENV.check(instance, ops, None).correct == sorts, ops


def test_reference_sorts_at_every_level():
    for d in (0, 3, 10, 30):
        for seed in range(5):
            problem = ENV.generate(difficulty=d, seed=seed)
            assert ENV.verify(problem, problem.reference_response()).correct


def test_edge_cases():
    assert find_sorting_operations([4, 9]) == []  # already sorted: nothing to do
    assert find_sorting_operations([9, 4]) == [(1, 1, 2)]
    assert find_sorting_operations([3, 4, 1, 2]) == [(2, 1, 2)]
    assert find_sorting_operations([4, 3, 2, 1]) is None  # needs operation 1 twice
    with pytest.raises(ValueError):
        find_sorting_operations([1, 2, 3])


def test_wrong_answers_get_reasons():
    problem = ENV.generate(difficulty=2, seed=3)
    levels = problem.instance["levels"]
    assert "no operation" in ENV.verify(problem, f"<answer>{levels + 1} 1 2</answer>").reason
    assert "more than once" in ENV.verify(problem, "<answer>1 1 2\n1 3 4</answer>").reason
    assert "two different blocks" in ENV.verify(problem, "<answer>1 2 2</answer>").reason
    assert not ENV.verify(problem, "<answer>1 2</answer>").format_ok
