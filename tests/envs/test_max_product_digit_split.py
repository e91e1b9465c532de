"""MaxProductDigitSplit: the DP against every set of cuts; exactly the optimal sets accepted."""

from __future__ import annotations

import itertools
import math
import random

import pytest

import rlve_gym
from rlve_gym.envs.dp_optimization.max_product_digit_split import best_cuts

ENV = rlve_gym.make("MaxProductDigitSplit")


def product_by_pieces(digits, cuts):
    pieces, start = [], 0
    for place in sorted(cuts) + [len(digits)]:
        pieces.append(digits[start:place])
        start = place
    return math.prod(int(p) for p in pieces)


def brute_force_best(digits, k):
    return max(
        product_by_pieces(digits, c) for c in itertools.combinations(range(1, len(digits)), k)
    )


def check(instance, text):
    return ENV.check(instance, ENV.parse(text, instance), None)


@pytest.mark.parametrize("digits", range(4, 12))
def test_optimum_and_reference_match_every_set_of_cuts(digits):
    for seed in range(20):
        instance = ENV.generate_instance(random.Random(seed), {"digits": digits})
        best = brute_force_best(instance["digits"], instance["cuts"])
        assert int(instance["best_product"]) == best
        reference = ENV.solve(instance)
        assert len(set(reference)) == instance["cuts"]
        assert product_by_pieces(instance["digits"], reference) == best


@pytest.mark.parametrize("k", (1, 2, 3, 5))
def test_solver_on_strings_with_repeated_digits(k):
    for digits in ("1111111", "9999999", "1919191", "2222229"):
        assert best_cuts(digits, k)[0] == brute_force_best(digits, k)


@pytest.mark.parametrize("seed", range(5))
def test_exactly_the_optimal_cut_sets_are_accepted_in_any_order(seed):
    instance = ENV.generate_instance(random.Random(seed), {"digits": 8})
    best = int(instance["best_product"])
    accepted = 0
    for cuts in itertools.combinations(range(1, 8), instance["cuts"]):
        verdict = check(instance, " ".join(map(str, reversed(cuts))))
        assert verdict.correct == (product_by_pieces(instance["digits"], cuts) == best)
        accepted += verdict.correct
    assert accepted >= 1


def test_symmetric_string_accepts_both_mirror_answers():
    instance = {"digits": "1111", "cuts": 1, "best_product": str(brute_force_best("1111", 1))}
    assert instance["best_product"] == "121"  # 11 * 11
    assert check(instance, "2").correct
    assert not check(instance, "1").correct and not check(instance, "3").correct


def test_bad_cut_lists_are_rejected_with_a_reason():
    problem = ENV.generate(2, 7)
    inst, cuts = problem.instance, problem.answer.split()
    n = len(inst["digits"])
    assert "more than once" in check(inst, " ".join(cuts[:-1] + cuts[:1])).reason
    assert "outside" in check(inst, " ".join(cuts[:-1] + [str(n)])).reason
    assert "outside" in check(inst, " ".join(cuts[:-1] + ["0"])).reason
    assert "exactly" in check(inst, " ".join(cuts[:-1])).reason
    for text in ("1-2", "cut 3", " ".join(["1"] * (inst["cuts"] + 2))):
        verdict = ENV.verify(problem, f"<answer>{text}</answer>")
        assert not verdict.correct and not verdict.format_ok
