"""DistinctSquaredBatchSplit: the pruned DP against every split of short rows."""

from __future__ import annotations

import itertools
import random

import pytest

import rlve_gym
from rlve_gym.envs.dp_optimization.distinct_squared_batch_split import cheapest_split

ENV = rlve_gym.make("DistinctSquaredBatchSplit")


def every_split(n):
    for count in range(1, n + 1):
        for cuts in itertools.combinations(range(1, n), count - 1):
            bounds = (0, *cuts, n)
            yield [b - a for a, b in zip(bounds, bounds[1:])]


def cost_of(labels, sizes):
    total, start = 0, 0
    for size in sizes:
        batch = labels[start : start + size]
        total += len(dict.fromkeys(batch)) ** 2
        start += size
    return total


def brute_force_best(labels):
    return min(cost_of(labels, s) for s in every_split(len(labels)))


def check(instance, text):
    return ENV.check(instance, ENV.parse(text, instance), None)


@pytest.mark.parametrize("elements", range(1, 12))
def test_solver_matches_every_split_on_random_rows(elements):
    rng = random.Random(elements)
    for _ in range(15):
        labels = [rng.randint(1, 3) for _ in range(elements)]
        best, sizes = cheapest_split(labels)
        assert best == brute_force_best(labels) == cost_of(labels, sizes)
        assert sum(sizes) == elements


@pytest.mark.parametrize("elements", (12, 13))
def test_generated_optimum_matches_every_split(elements):
    for seed in range(4):
        instance = ENV.generate_instance(random.Random(seed), {"elements": elements, "labels": 4})
        assert instance["best_cost"] == brute_force_best(instance["labels"])
        assert cost_of(instance["labels"], ENV.solve(instance)) == instance["best_cost"]


def test_exactly_the_optimal_splits_are_accepted():
    for labels in ([1, 2, 1, 2, 3, 3, 1, 3, 1, 3], [1, 1, 2, 1, 2, 3, 2, 3, 2]):
        instance = {"labels": labels, "best_cost": brute_force_best(labels)}
        accepted = 0
        for sizes in every_split(len(labels)):
            verdict = check(instance, " ".join(map(str, sizes)))
            assert verdict.correct == (cost_of(labels, sizes) == instance["best_cost"])
            accepted += verdict.correct
        assert accepted >= 1


def test_all_equal_labels_take_one_batch():
    assert cheapest_split([4] * 6) == (1, [6])


def test_simple_splits_are_never_optimal_on_generated_rows():
    for d in (0, 3):
        for seed in range(30):
            problem = ENV.generate(d, seed)
            for miss in ENV.near_misses(problem)[:3]:
                assert not ENV.verify(problem, f"<answer>{miss}</answer>").correct


def test_bad_splits_are_rejected_with_a_reason():
    problem = ENV.generate(2, 2)
    inst, sizes = problem.instance, [int(t) for t in problem.answer.split()]
    assert "add up" in check(inst, " ".join(map(str, sizes + [1]))).reason
    assert "at least one element" in check(inst, " ".join(map(str, [0, *sizes]))).reason
    assert "at least one batch" in check(inst, "").reason
    for text in ("x", "1.5", " ".join(["1"] * (len(inst["labels"]) + 2))):
        verdict = ENV.verify(problem, f"<answer>{text}</answer>")
        assert not verdict.correct
