"""MaxDistinctSubsequencesExtension: the greedy extension against every possible extension, the
recurrence against listing subsequences, and every optimal extension accepted."""

from __future__ import annotations

import itertools
import random

import pytest

import rlve_gym
from rlve_gym.envs.string.max_distinct_subsequences_extension import (
    best_extension,
    distinct_subsequences,
)

ENV = rlve_gym.make("MaxDistinctSubsequencesExtension")


def subsequences_by_listing(sequence):
    return len(
        {
            tuple(sequence[i] for i in chosen)
            for size in range(len(sequence) + 1)
            for chosen in itertools.combinations(range(len(sequence)), size)
        }
    )


def verdict(problem, text):
    return ENV.verify(problem, f"<answer>{text}</answer>")


def test_recurrence_matches_listing():
    rng = random.Random(0)
    for _ in range(300):
        sequence = [rng.randint(1, 3) for _ in range(rng.randint(0, 10))]
        assert distinct_subsequences(sequence) == subsequences_by_listing(sequence)
    assert distinct_subsequences([1, 2, 1]) == 7


@pytest.mark.parametrize("kinds", (1, 2, 3, 4))
def test_greedy_reaches_the_best_of_all_extensions(kinds):
    rng = random.Random(kinds)
    for _ in range(40):
        sequence = [rng.randint(1, kinds) for _ in range(rng.randint(0, 7))]
        appended = rng.randint(1, 4)
        best = max(
            distinct_subsequences(sequence + list(extra))
            for extra in itertools.product(range(1, kinds + 1), repeat=appended)
        )
        assert distinct_subsequences(sequence + best_extension(sequence, kinds, appended)) == best


def test_exactly_the_optimal_extensions_are_accepted():
    for seed in range(6):
        instance = ENV.generate_instance(random.Random(seed), {"length": 7, "appended": 3})
        k, n = instance["kinds"], instance["appended"]
        best = max(
            distinct_subsequences(instance["sequence"] + list(extra))
            for extra in itertools.product(range(1, k + 1), repeat=n)
        )
        assert instance["best_count"] == str(best)
        accepted = 0
        for extra in itertools.product(range(1, k + 1), repeat=n):
            v = ENV.check(instance, list(extra), None)
            is_best = distinct_subsequences(instance["sequence"] + list(extra)) == best
            assert v.correct == is_best
            accepted += v.correct
        assert accepted >= 1


def test_unused_symbols_are_interchangeable():
    instance = {"sequence": [1, 1, 2], "kinds": 4, "appended": 2}
    instance["best_count"] = str(distinct_subsequences([1, 1, 2, 3, 4]))
    assert ENV.check(instance, [3, 4], None).correct
    assert ENV.check(instance, [4, 3], None).correct
    assert not ENV.check(instance, [3, 3], None).correct
    assert not ENV.check(instance, [2, 3], None).correct


def test_checker_reasons_and_malformed_answers():
    problem = ENV.generate(3, 2)
    k = problem.instance["kinds"]
    assert verdict(problem, problem.answer).correct
    for miss in ENV.near_misses(problem):
        assert not verdict(problem, miss).correct
    n = problem.instance["appended"]
    assert "between 1 and" in verdict(problem, " ".join([str(k + 1)] * n)).reason
    assert (
        "largest" in verdict(problem, " ".join([str(problem.instance["sequence"][-1])] * n)).reason
    )
    for bad in ("", "1 2", "a b c d e", " ".join(["1"] * (n + 1))):
        v = verdict(problem, bad)
        assert not v.correct and not v.format_ok
