"""PermutationChangingEverySubsetSum: the subset-sum bitset against comparing the sums of every
proper set of positions, over every rearrangement of small arrays."""

from __future__ import annotations

import itertools
import random

import pytest

import rlve_gym
from rlve_gym.envs.sequence_array.permutation_changing_every_subset_sum import (
    has_zero_subset,
    sorted_cyclic_shift,
)

ENV = rlve_gym.make("PermutationChangingEverySubsetSum")


def all_proper_sums_differ(a, b):
    n = len(a)
    return all(
        sum(a[i] for i in s) != sum(b[i] for i in s)
        for size in range(1, n)
        for s in itertools.combinations(range(n), size)
    )


@pytest.mark.parametrize("length", [1, 2, 3, 4, 5, 6])
def test_every_rearrangement_is_judged_like_the_brute_force(length):
    for seed in range(4):
        instance = ENV.generate_instance(random.Random(seed), {"length": length})
        values = instance["values"]
        assert all_proper_sums_differ(values, ENV.solve(instance))
        accepted = 0
        for arranged in itertools.permutations(values):
            verdict = ENV.check(instance, list(arranged), None)
            assert verdict.correct == all_proper_sums_differ(values, arranged), arranged
            accepted += verdict.correct
        assert accepted >= 1


def test_zero_subset_detection_on_random_vectors():
    rng = random.Random(6)
    for _ in range(400):
        diffs = [rng.randint(-6, 6) for _ in range(rng.randint(0, 7))]
        expected = any(
            sum(s) == 0
            for size in range(1, len(diffs) + 1)
            for s in itertools.combinations(diffs, size)
        )
        assert has_zero_subset(diffs) == expected


def test_the_cyclic_shift_works_on_larger_arrays_and_the_example():
    rng = random.Random(2)
    for _ in range(30):
        values = rng.sample(range(1, 40), 9)
        assert all_proper_sums_differ(values, sorted_cyclic_shift(values))
    instance = {"values": [4, 1, 6]}
    assert ENV.check(instance, [1, 6, 4], None).correct


def test_wrong_values_and_malformed_answers():
    problem = ENV.generate(0, 3)
    values = problem.instance["values"]
    instance = problem.instance
    assert "exactly the values" in ENV.check(instance, values[:-1] + [values[0]], None).reason
    assert "equal sums" in ENV.check(instance, list(values), None).reason
    for text in (" ".join(map(str, values[:-1])), "1 x", ""):
        verdict = ENV.verify(problem, f"<answer>{text}</answer>")
        assert not verdict.correct and not verdict.format_ok
