"""LongestBitonicSubsequence: the two-sided DP against every subset of positions; every longest
rise-then-fall subsequence accepted, every other subset rejected."""

from __future__ import annotations

import itertools
import random

import pytest

import rlve_gym
from rlve_gym.envs.sequence_array.longest_bitonic_subsequence import longest_bitonic

ENV = rlve_gym.make("LongestBitonicSubsequence")


def shape_ok(seq):
    """Rise-then-fall by finding a peak index where both sides are strictly monotone."""
    return any(
        all(seq[i] < seq[i + 1] for i in range(peak))
        and all(seq[i] > seq[i + 1] for i in range(peak, len(seq) - 1))
        for peak in range(len(seq))
    )


def all_valid(values):
    n = len(values)
    return [
        subset
        for size in range(1, n + 1)
        for subset in itertools.combinations(range(1, n + 1), size)
        if shape_ok([values[i - 1] for i in subset])
    ]


@pytest.mark.parametrize("length", [3, 5, 7, 9])
def test_exactly_the_longest_valid_subsets_are_accepted(length):
    for seed in range(12):
        instance = ENV.generate_instance(random.Random(seed), {"length": length})
        valid = set(all_valid(instance["values"]))
        longest = max(len(s) for s in valid)
        assert instance["longest"] == longest
        assert tuple(ENV.solve(instance)) in valid
        for size in range(1, length + 1):
            for subset in itertools.combinations(range(1, length + 1), size):
                verdict = ENV.check(instance, list(subset), None)
                assert verdict.correct == (subset in valid and size == longest), (instance, subset)


def test_dp_on_arrays_with_many_repeats_and_all_equal():
    rng = random.Random(4)
    for _ in range(150):
        values = [rng.randint(1, 3) for _ in range(rng.randint(1, 8))]
        expected = max(len(s) for s in all_valid(values))
        chosen = longest_bitonic(values)
        assert len(chosen) == expected and shape_ok([values[i] for i in chosen])
    assert len(longest_bitonic([4, 4, 4])) == 1
    assert len(longest_bitonic([1, 2, 3, 2, 1])) == 5
    assert len(longest_bitonic([5])) == 1


def test_the_prompt_examples_are_accepted_and_bad_answers_explained():
    instance = {"values": [5, 1, 7, 3, 3], "longest": 3}
    assert ENV.check(instance, [1, 3, 4], None).correct
    assert ENV.check(instance, [2, 3, 5], None).correct
    assert "do not strictly" in ENV.check(instance, [1, 2, 3], None).reason
    assert "longer" in ENV.check(instance, [1, 3], None).reason
    assert "increasing" in ENV.check(instance, [3, 1, 4], None).reason
    assert "outside" in ENV.check(instance, [1, 3, 6], None).reason
    assert "no positions" in ENV.check(instance, [], None).reason


def test_malformed_answers_and_generated_optimum_at_least_three():
    for d in (0, 5):
        for seed in range(20):
            assert ENV.generate(d, seed).instance["longest"] >= 3
    problem = ENV.generate(1, 1)
    for text in ("1 x", "1.5", " ".join(["1"] * 40)):
        verdict = ENV.verify(problem, f"<answer>{text}</answer>")
        assert not verdict.correct and not verdict.format_ok
