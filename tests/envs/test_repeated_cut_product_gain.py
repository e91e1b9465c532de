"""RepeatedCutProductGain: cut-by-cut simulation over every set and order of cuts on small rows."""

from __future__ import annotations

import itertools
import random

import pytest

import rlve_gym

ENV = rlve_gym.make("RepeatedCutProductGain")


def simulate(values, places):
    """Points earned by making the cuts in the given order, block by block."""
    cut_so_far, earned = {0, len(values)}, 0
    for p in places:
        left = max(c for c in cut_so_far if c < p)
        right = min(c for c in cut_so_far if c > p)
        earned += sum(values[left:p]) * sum(values[p:right])
        cut_so_far.add(p)
    return earned


def brute_force_best(values, k):
    return max(
        simulate(values, places) for places in itertools.permutations(range(1, len(values)), k)
    )


def small_instance(seed, elements, max_value=9):
    sizes = {"elements": elements, "max_value": max_value}
    return ENV.generate_instance(random.Random(seed), sizes)


def check(instance, text):
    return ENV.check(instance, ENV.parse(text, instance), None)


@pytest.mark.parametrize("elements", range(4, 9))
def test_optimum_and_reference_match_every_order_of_cuts(elements):
    for seed in range(12):
        instance = small_instance(seed, elements)
        best = brute_force_best(instance["values"], instance["cuts"])
        assert instance["best_gain"] == best
        assert simulate(instance["values"], ENV.solve(instance)) == best


@pytest.mark.parametrize("seed", range(5))
def test_every_order_of_an_optimal_set_is_accepted_and_nothing_else(seed):
    instance = small_instance(seed, 7, max_value=3)  # small values: ties between sets
    accepted = 0
    for places in itertools.permutations(range(1, 7), instance["cuts"]):
        verdict = check(instance, " ".join(map(str, places)))
        assert verdict.correct == (simulate(instance["values"], places) == instance["best_gain"])
        accepted += verdict.correct
    assert accepted >= 2  # at least one set, in both orders


def test_all_equal_values_have_mirror_optima():
    instance = {"values": [2] * 5, "cuts": 2, "best_gain": brute_force_best([2] * 5, 2)}
    assert check(instance, "2 4").correct and check(instance, "3 1").correct
    assert not check(instance, "1 2").correct


def test_bad_answers_are_rejected_with_a_reason():
    problem = ENV.generate(4, 9)
    inst, places = problem.instance, problem.answer.split()
    n = len(inst["values"])
    assert "more than once" in check(inst, " ".join(places[:-1] + places[:1])).reason
    assert "outside" in check(inst, " ".join(places[:-1] + [str(n)])).reason
    assert "exactly" in check(inst, " ".join(places + ["1"])).reason
    for text in ("1,,x", "2.0", " ".join(["1"] * (inst["cuts"] + 2))):
        verdict = ENV.verify(problem, f"<answer>{text}</answer>")
        assert not verdict.correct and not verdict.format_ok
