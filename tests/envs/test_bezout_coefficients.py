"""BezoutCoefficients: reference reaches the gcd within the bound; checker by the constraints."""

from __future__ import annotations

import math
from itertools import product

import pytest

import rlve_gym

ENV = rlve_gym.make("BezoutCoefficients")


@pytest.mark.parametrize("difficulty", [0, 1, 3, 6, 10, 20, 40])
def test_reference_reaches_the_gcd_within_the_stated_bound(difficulty):
    for seed in range(40):
        problem = ENV.generate(difficulty, seed)
        values, bound = problem.instance["values"], problem.instance["bound"]
        x = [int(t) for t in problem.answer.split()]
        assert sum(a * b for a, b in zip(values, x, strict=True)) == math.gcd(*values)
        assert max(abs(v) for v in x) <= bound


def test_smallest_positive_combination_is_the_gcd_by_search():
    for values in ([6, 10], [12, 18, 8], [14, 21], [9, 15, 25]):
        smallest = min(
            s
            for xs in product(range(-12, 13), repeat=len(values))
            if (s := sum(a * x for a, x in zip(values, xs, strict=True))) > 0
        )
        assert smallest == math.gcd(*values)


def test_all_valid_small_coefficient_vectors_are_accepted_and_others_rejected():
    instance = {"values": [6, 10, 15], "bound": 45}
    for xs in product(range(-6, 7), repeat=3):
        total = 6 * xs[0] + 10 * xs[1] + 15 * xs[2]
        assert ENV.check(instance, list(xs), None).correct == (total == 1)
    assert not ENV.check(instance, [1 + 5 * 100, -3 * 100 + 0, 0], None).correct


def test_bound_and_length_are_enforced():
    problem = ENV.generate(0, 2)
    values, bound = problem.instance["values"], problem.instance["bound"]
    x = [int(t) for t in problem.answer.split()]
    shifted = [
        x[0] + values[1] // math.gcd(values[0], values[1]) * (bound + 1),
        x[1] - values[0] // math.gcd(values[0], values[1]) * (bound + 1),
        *x[2:],
    ]
    assert sum(a * b for a, b in zip(values, shifted, strict=True)) == math.gcd(*values)
    assert not ENV.verify(problem, "<answer>" + " ".join(map(str, shifted)) + "</answer>").correct
    assert not ENV.verify(problem, f"<answer>{x[0]}</answer>").format_ok
