"""MaxTripFatigueForEachVisitCount: the greedy against every subset, ties included."""

from __future__ import annotations

import itertools
import random

import pytest

import rlve_gym
from rlve_gym.envs.dp_optimization.max_trip_fatigue_for_each_visit_count import (
    max_fatigue_per_count,
)

ENV = rlve_gym.make("MaxTripFatigueForEachVisitCount")


def brute_force(distances, fatigue):
    n = len(distances)
    return [
        max(
            2 * max(distances[i] for i in c) + sum(fatigue[i] for i in c)
            for c in itertools.combinations(range(n), k)
        )
        for k in range(1, n + 1)
    ]


@pytest.mark.parametrize("houses", range(1, 10))
def test_greedy_matches_every_subset(houses):
    for seed in range(40):
        rng = random.Random(seed)
        spread = rng.choice((2, 5, 50))  # small spreads force ties in S and in A
        inst = ENV.generate_instance(
            rng, {"houses": houses, "max_distance": spread, "max_fatigue": spread}
        )
        assert ENV.solve(inst) == brute_force(inst["distances"], inst["fatigue"])


def test_all_equal_houses():
    assert max_fatigue_per_count([4, 4, 4], [1, 1, 1]) == [9, 10, 11]


def test_one_far_house_with_little_fatigue_is_taken_for_small_k():
    # k = 1: the far house (2*100 + 1) beats the tiring near one (2*1 + 50)
    assert max_fatigue_per_count([1, 100], [50, 1]) == [201, 251]


def test_generated_answers_are_strictly_increasing_and_verified():
    for d in (0, 3, 12):
        for seed in range(10):
            problem = ENV.generate(d, seed)
            values = [int(t) for t in problem.answer.split()]
            assert all(a < b for a, b in zip(values, values[1:]))
            assert ENV.verify(problem, problem.reference_response()).correct


def test_wrong_lengths_and_wrong_values_are_rejected():
    problem = ENV.generate(1, 4)
    values = problem.answer.split()
    verdict = lambda text: ENV.verify(problem, f"<answer>{text}</answer>")  # noqa: E731
    assert not verdict(" ".join(values[:-1])).format_ok
    assert not verdict(" ".join(values + ["1"])).format_ok
    swapped = values[:]
    swapped[0], swapped[1] = swapped[1], swapped[0]
    v = verdict(" ".join(swapped))
    assert v.format_ok and not v.correct
    assert not verdict("3 1 2").correct
