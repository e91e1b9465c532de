"""MaxMinimumAfterIntervalAdditions: binary search + greedy sweep against every K-subset."""

from __future__ import annotations

import itertools
import random

import pytest

import rlve_gym
from rlve_gym.envs.sequence_array.max_minimum_after_interval_additions import (
    best_interval_choice,
)

ENV = rlve_gym.make("MaxMinimumAfterIntervalAdditions")


def minimum_by_adding(values, intervals, amount, chosen):
    array = list(values)
    for j in chosen:
        left, right = intervals[j - 1]
        for p in range(left - 1, right):
            array[p] += amount
    return min(array)


def best_by_brute_force(inst):
    m = len(inst["intervals"])
    return max(
        minimum_by_adding(inst["values"], inst["intervals"], inst["amount"], c)
        for c in itertools.combinations(range(1, m + 1), inst["picks"])
    )


def small_instance(seed, n, m, k):
    sizes = {"length": n, "intervals": m, "picks": k, "max_value": 8}
    return ENV.generate_instance(random.Random(seed), sizes)


@pytest.mark.parametrize(
    "n, m, k", [(3, 3, 1), (5, 4, 2), (6, 7, 3), (8, 8, 4), (10, 9, 5), (4, 6, 6)]
)
def test_optimum_and_reference_match_brute_force(n, m, k):
    for seed in range(30):
        inst = small_instance(seed, n, m, k)
        assert inst["best_minimum"] == best_by_brute_force(inst)
        chosen = ENV.solve(inst)
        assert len(set(chosen)) == k
        assert (
            minimum_by_adding(inst["values"], inst["intervals"], inst["amount"], chosen)
            == inst["best_minimum"]
        )


@pytest.mark.parametrize("seed", range(5))
def test_exactly_the_optimal_choices_are_accepted(seed):
    inst = small_instance(seed, 9, 8, 3)
    accepted = 0
    for c in itertools.combinations(range(1, 9), 3):
        ok = (
            minimum_by_adding(inst["values"], inst["intervals"], inst["amount"], c)
            == inst["best_minimum"]
        )
        v = ENV.check(inst, ENV.parse(" ".join(map(str, reversed(c))), inst), None)
        assert v.correct == ok and v.score == float(ok)
        accepted += ok
    assert accepted >= 1


def test_overlaps_add_up_and_uncovered_positions_cap_the_minimum():
    values, intervals = [5, 1, 5], [[1, 3], [2, 2], [2, 3]]
    best, chosen = best_interval_choice(values, intervals, 2, 2)  # 1, 2 or 1, 3 lift to 5
    assert best == 5 == minimum_by_adding(values, intervals, 2, chosen)
    assert best_interval_choice([1, 9], [[2, 2], [2, 2]], 3, 2) == (1, [1, 2])  # position 1 stuck


def test_duplicates_out_of_range_and_malformed_answers():
    problem = ENV.generate(3, 1)
    inst = problem.instance
    k, m = inst["picks"], len(inst["intervals"])
    assert "more than once" in ENV.check(inst, [1] * k, None).reason
    assert "outside" in ENV.check(inst, list(range(1, k)) + [m + 1], None).reason
    for text in ("", " ".join(["1"] * (k + 1)), "a b c"):
        v = ENV.verify(problem, f"<answer>{text}</answer>")
        assert not v.correct and not v.format_ok
