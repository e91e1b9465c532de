"""PureRepeatingFractionCount: Moebius count against the set of periodic fractions."""

from __future__ import annotations

import random
from fractions import Fraction

import pytest

import rlve_gym
from rlve_gym.envs.number_theory.pure_repeating_fraction_count import pure_repeating_fraction_count

ENV = rlve_gym.make("PureRepeatingFractionCount")


def purely_periodic(value, base):
    """The fractional part f is 0.(c1..cp) repeating iff f * (base^p - 1) is an integer for some p."""
    frac = value - (value.numerator // value.denominator)
    return any((frac * (base**p - 1)).denominator == 1 for p in range(1, value.denominator + 1))


def brute(n, m, base):
    values = {Fraction(x, y) for x in range(1, n + 1) for y in range(1, m + 1)}
    return sum(1 for v in values if purely_periodic(v, base))


def test_small_ranges_match_the_set_of_fractions():
    for base in (2, 3, 6, 10, 12, 13):
        for n in range(1, 16):
            for m in range(1, 16):
                assert pure_repeating_fraction_count(n, m, base) == brute(n, m, base)


@pytest.mark.parametrize("max_n", [10, 30])
def test_generated_instances_match_the_set_of_fractions(max_n):
    # the generator at small bounds (level 0 reaches N = 80, too many fractions to list quickly)
    rng = random.Random(max_n)
    for _ in range(15):
        inst = ENV.generate_instance(rng, {"max_n": max_n, "max_base": 16})
        assert pure_repeating_fraction_count(inst["n"], inst["m"], inst["base"]) == brute(
            inst["n"], inst["m"], inst["base"]
        )


def test_edge_cases():
    assert purely_periodic(Fraction(5, 11), 10) and not purely_periodic(Fraction(1, 6), 10)
    assert not purely_periodic(Fraction(1, 2), 10) and purely_periodic(Fraction(3, 1), 10)
    assert pure_repeating_fraction_count(1, 1, 10) == 1  # just 1
    assert pure_repeating_fraction_count(5, 1, 7) == 5  # integers only
    assert pure_repeating_fraction_count(1, 4, 2) == 2  # 1/1 and 1/3
