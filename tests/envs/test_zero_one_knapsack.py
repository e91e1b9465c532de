"""ZeroOneKnapsack: DP against all subsets; every optimal set accepted, every other set rejected."""

from __future__ import annotations

import itertools
import random

import pytest

import rlve_gym
from rlve_gym.envs.dp_optimization.zero_one_knapsack import best_selection

ENV = rlve_gym.make("ZeroOneKnapsack")


def all_subsets(n):
    for size in range(n + 1):
        yield from itertools.combinations(range(1, n + 1), size)


def subset_totals(instance, subset):
    return (
        sum(instance["weights"][i - 1] for i in subset),
        sum(instance["values"][i - 1] for i in subset),
    )


def best_value_by_brute_force(instance):
    return max(
        value
        for weight, value in (
            subset_totals(instance, s) for s in all_subsets(len(instance["weights"]))
        )
        if weight <= instance["capacity"]
    )


def verdict(problem, text):
    return ENV.verify(problem, f"<answer>{text}</answer>")


def small_instance(seed, items):
    """A generated instance with few items (below level 0), small enough to try every subset."""
    sizes = {"items": items, "max_weight": 10 + 3 * items, "max_value": 10 + 3 * items}
    return ENV.generate_instance(random.Random(seed), sizes)


@pytest.mark.parametrize("items", range(4, 10))
def test_optimum_and_reference_match_brute_force(items):
    for seed in range(30):
        instance = small_instance(seed, items)
        best = best_value_by_brute_force(instance)
        assert instance["best_value"] == best
        weight, value = subset_totals(instance, ENV.solve(instance))
        assert weight <= instance["capacity"] and value == best


@pytest.mark.parametrize("difficulty", (0, 1))
def test_generated_optimum_matches_brute_force(difficulty):
    for seed in range(5):
        problem = ENV.generate(difficulty, seed)
        assert problem.instance["best_value"] == best_value_by_brute_force(problem.instance)


@pytest.mark.parametrize("seed", range(8))
def test_exactly_the_optimal_subsets_are_accepted_in_any_order(seed):
    instance = small_instance(seed, 6)
    optimal_count = 0
    for subset in all_subsets(len(instance["weights"])):
        weight, value = subset_totals(instance, subset)
        is_optimal = weight <= instance["capacity"] and value == instance["best_value"]
        v = ENV.check(instance, ENV.parse(" ".join(map(str, reversed(subset))), instance), None)
        assert v.correct == is_optimal, (subset, v)
        optimal_count += is_optimal
        if weight <= instance["capacity"] and not is_optimal:
            gap = instance["blind_value"] - instance["best_value"]
            expected = 0.0 if gap == 0 else min(max((instance["blind_value"] - value) / gap, 0), 1)
            assert v.score == pytest.approx(expected)
        if weight > instance["capacity"]:
            assert v.score == 0.0 and "exceeds" in v.reason
    assert optimal_count >= 1


def test_an_instance_with_several_optimal_sets_accepts_each():
    instance = {"weights": [3, 3, 2, 4], "values": [5, 5, 1, 2], "capacity": 5}
    instance["best_value"], chosen = best_selection(instance["weights"], instance["values"], 5)
    assert instance["best_value"] == 6
    for subset in ([1, 3], [2, 3]):
        assert ENV.check(instance, subset, None).correct
    assert not ENV.check(instance, [1, 2], None).correct  # weight 6 > 5


def test_items_heavier_than_the_capacity_are_skipped_by_the_solver():
    assert best_selection([9, 2, 3], [100, 3, 4], 5) == (7, [1, 2])


def test_any_two_items_fit_but_never_all_so_answers_have_two_items_or_more():
    for d in (0, 3, 15):
        for seed in range(60):
            problem = ENV.generate(d, seed)
            inst = problem.instance
            assert sum(sorted(inst["weights"])[-2:]) <= inst["capacity"] < sum(inst["weights"])
            assert len(problem.answer.split()) >= 2


def test_duplicates_out_of_range_and_malformed_answers():
    problem = ENV.generate(3, 2)
    n = len(problem.instance["weights"])
    first = problem.answer.split()[0]
    assert "more than once" in verdict(problem, f"{problem.answer} {first}").reason
    assert "between 1 and" in verdict(problem, f"{problem.answer} {n + 1}").reason
    assert "between 1 and" in verdict(problem, "0").reason
    empty = verdict(problem, "")
    assert not empty.correct and empty.score == 0.0
    for text in ("item 1", "1.5", " ".join(["1"] * (n + 2))):
        v = verdict(problem, text)
        assert not v.correct and not v.format_ok


def test_a_blind_feasible_selection_earns_little_partial_credit():
    """Regression: value / optimum paid ~0.7 for filling the knapsack in random order."""
    scores = []
    for seed in range(100):
        problem = ENV.generate(10, seed)
        inst = problem.instance
        assert 0 < inst["blind_value"] <= inst["best_value"]
        order = list(range(1, len(inst["weights"]) + 1))
        random.Random(seed).shuffle(order)
        room, chosen = inst["capacity"], []
        for i in order:
            if inst["weights"][i - 1] <= room:
                room -= inst["weights"][i - 1]
                chosen.append(i)
        scores.append(verdict(problem, " ".join(map(str, chosen))).score)
    assert sum(scores) / len(scores) < 0.1
