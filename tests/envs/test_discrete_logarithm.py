"""DiscreteLogarithm: extended baby-step giant-step against exhaustive exponent search."""

from __future__ import annotations

import pytest

import rlve_gym
from rlve_gym.envs.number_theory.discrete_logarithm import discrete_log

ENV = rlve_gym.make("DiscreteLogarithm")


def smallest_exponent(base, target, modulus):
    seen, value = set(), 1 % modulus
    for y in range(0, 2 * modulus + 2):
        if value == target % modulus:
            return y
        if value in seen and y > modulus:
            break
        seen.add(value)
        value = value * base % modulus
    return None


def test_all_small_bases_targets_and_moduli_including_non_coprime():
    for modulus in range(1, 60):
        for base in range(0, modulus + 1):
            for target in range(0, modulus):
                assert discrete_log(base, target, modulus) == smallest_exponent(
                    base, target, modulus
                ), (
                    base,
                    target,
                    modulus,
                )


@pytest.mark.parametrize("difficulty", range(4))
def test_generated_instances_match_search_and_are_not_trivial(difficulty):
    for seed in range(40):
        problem = ENV.generate(difficulty, seed)
        i = problem.instance
        expected = smallest_exponent(i["base"], i["target"], i["modulus"])
        assert int(problem.answer) == expected and expected >= 2


def test_prime_powers_and_large_prime_modulus():
    assert discrete_log(2, 0, 64) == 6
    assert discrete_log(3, 1, 7) == 0
    p = 1_000_003
    assert pow(5, discrete_log(5, 123_456, p), p) == 123_456 or discrete_log(5, 123_456, p) is None
