"""GroupedPlotPurchase: the staircase DP against every set partition of small instances."""

from __future__ import annotations

import random

import pytest

import rlve_gym
from rlve_gym.envs.dp_optimization.grouped_plot_purchase import (
    cheapest_partition,
    two_corner_plots,
)

ENV = rlve_gym.make("GroupedPlotPurchase")


def set_partitions(n):
    """Every partition of 0..n-1 as restricted-growth label lists (labels from 1)."""

    def extend(prefix, top):
        if len(prefix) == n:
            yield list(prefix)
            return
        for label in range(1, top + 2):
            yield from extend(prefix + [label], max(top, label))

    yield from extend([], 0)


def cost_by_groups(widths, lengths, labels):
    total = 0
    for label in set(labels):
        members = [i for i, x in enumerate(labels) if x == label]
        total += max(widths[i] for i in members) * max(lengths[i] for i in members)
    return total


def brute_force_best(widths, lengths):
    return min(cost_by_groups(widths, lengths, p) for p in set_partitions(len(widths)))


def check(instance, text):
    return ENV.check(instance, ENV.parse(text, instance), None)


@pytest.mark.parametrize("plots", range(3, 9))
def test_optimum_and_reference_match_every_partition(plots):
    for seed in range(10 if plots < 8 else 3):
        sizes = {"plots": plots, "max_side": 12}
        instance = ENV.generate_instance(random.Random(seed), sizes)
        best = brute_force_best(instance["widths"], instance["lengths"])
        assert instance["best_cost"] == best
        assert cost_by_groups(instance["widths"], instance["lengths"], ENV.solve(instance)) == best


def test_solver_on_duplicates_and_equal_sides():
    rng = random.Random(2)
    for _ in range(60):
        n = rng.randint(1, 7)
        widths = [rng.randint(1, 4) for _ in range(n)]
        lengths = [rng.randint(1, 4) for _ in range(n)]
        best, labels = cheapest_partition(widths, lengths)
        assert best == brute_force_best(widths, lengths) == cost_by_groups(widths, lengths, labels)


def test_fallback_instance_has_neither_extreme_optimal():
    widths, lengths = two_corner_plots([5, 6, 7, 8, 9], [9, 8, 7, 6, 5], 10)
    best, _ = cheapest_partition(widths, lengths)
    assert best == 20 < min(max(widths) * max(lengths), sum(map(int.__mul__, widths, lengths)))


@pytest.mark.parametrize("seed", range(3))
def test_exactly_the_optimal_partitions_are_accepted_under_any_labels(seed):
    instance = ENV.generate_instance(random.Random(seed), {"plots": 7, "max_side": 9})
    accepted = 0
    for labels in set_partitions(7):
        relabelled = [100 + 7 * x for x in labels]
        verdict = check(instance, " ".join(map(str, relabelled)))
        is_best = cost_by_groups(instance["widths"], instance["lengths"], labels)
        assert verdict.correct == (is_best == instance["best_cost"])
        accepted += verdict.correct
    assert accepted >= 1


def test_bad_labellings_are_rejected_with_a_reason():
    problem = ENV.generate(2, 6)
    inst, labels = problem.instance, problem.answer.split()
    n = len(inst["widths"])
    assert "expected" in check(inst, " ".join(labels[:-1])).reason
    assert "positive" in check(inst, " ".join(["0"] + labels[1:])).reason
    assert "positive" in check(inst, " ".join(["-2"] + labels[1:])).reason
    assert not check(inst, " ".join(["1"] * n)).correct
    for text in ("a b", "1.5", " ".join(["1"] * (n + 2))):
        verdict = ENV.verify(problem, f"<answer>{text}</answer>")
        assert not verdict.correct and not verdict.format_ok
