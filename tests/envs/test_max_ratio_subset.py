"""MaxRatioSubset: Dinkelbach against all K-subsets; every optimal choice accepted, others not."""

from __future__ import annotations

import itertools
import random
from fractions import Fraction

import pytest

import rlve_gym

ENV = rlve_gym.make("MaxRatioSubset")


def ratio(instance, subset):
    return Fraction(
        sum(instance["a"][i - 1] for i in subset), sum(instance["b"][i - 1] for i in subset)
    )


def all_choices(instance):
    return itertools.combinations(range(1, len(instance["a"]) + 1), instance["k"])


def small_instance(seed, items, max_value=12):
    return ENV.generate_instance(random.Random(seed), {"items": items, "max_value": max_value})


def check(instance, text):
    return ENV.check(instance, ENV.parse(text, instance), None)


@pytest.mark.parametrize("items", range(6, 12))
def test_optimum_and_reference_match_all_subsets(items):
    for seed in range(25):
        instance = small_instance(seed, items)
        best = max(ratio(instance, s) for s in all_choices(instance))
        assert Fraction(instance["best_numerator"], instance["best_denominator"]) == best
        reference = ENV.solve(instance)
        assert len(reference) == instance["k"] and ratio(instance, reference) == best


@pytest.mark.parametrize("seed", range(6))
def test_exactly_the_optimal_choices_are_accepted_in_any_order(seed):
    instance = small_instance(seed, 7, max_value=4)  # small values: ties are common
    best = Fraction(instance["best_numerator"], instance["best_denominator"])
    accepted = 0
    for subset in all_choices(instance):
        verdict = check(instance, " ".join(map(str, reversed(subset))))
        assert verdict.correct == (ratio(instance, subset) == best)
        accepted += verdict.correct
    assert accepted >= 1


def test_ties_between_different_choices_are_all_accepted():
    instance = {"a": [2, 1, 1, 3], "b": [2, 1, 1, 5], "k": 2}
    instance["best_numerator"], instance["best_denominator"] = 1, 1
    for text in ("1 2", "1 3", "2 3", "3 2"):
        assert check(instance, text).correct
    assert not check(instance, "1 4").correct


def test_best_individual_ratios_are_usually_not_optimal():
    misses = 0
    for seed in range(40):
        inst = ENV.generate(5, seed).instance
        n, k = len(inst["a"]), inst["k"]
        greedy = sorted(
            range(1, n + 1), key=lambda i: -Fraction(inst["a"][i - 1], inst["b"][i - 1])
        )
        verdict = check(inst, " ".join(map(str, greedy[:k])))
        misses += not verdict.correct
    assert misses >= 30


def test_malformed_duplicate_and_out_of_range_answers_are_rejected():
    problem = ENV.generate(3, 4)
    inst, chosen = problem.instance, problem.answer.split()
    n = len(inst["a"])
    assert "more than once" in check(inst, " ".join(chosen[:-1] + chosen[:1])).reason
    assert "outside" in check(inst, " ".join(chosen[:-1] + [str(n + 1)])).reason
    assert "exactly" in check(inst, " ".join(chosen[:-1])).reason
    for text in ("1.5 2", "items 1 2", " ".join(["1"] * (n + 2))):
        verdict = ENV.verify(problem, f"<answer>{text}</answer>")
        assert not verdict.correct and not verdict.format_ok
