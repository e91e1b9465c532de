"""GcdSumWithN: solver against summing gcd(i, N) directly."""

from __future__ import annotations

import math

import pytest

import rlve_gym
from rlve_gym.envs.number_theory.gcd_sum_with_n import gcd_sum

ENV = rlve_gym.make("GcdSumWithN")


def test_every_n_up_to_3000_matches_the_direct_sum():
    for n in range(1, 3001):
        assert gcd_sum(n) == sum(math.gcd(i, n) for i in range(1, n + 1))


@pytest.mark.parametrize("difficulty", range(3))
def test_generated_instances_match_the_direct_sum(difficulty):
    for seed in range(30):
        n = ENV.generate(difficulty, seed).instance["n"]
        assert int(ENV.generate(difficulty, seed).answer) == sum(
            math.gcd(i, n) for i in range(1, n + 1)
        )


def test_primes_and_prime_powers():
    assert gcd_sum(13) == 2 * 13 - 1
    assert gcd_sum(8) == 1 + 2 + 1 + 4 + 1 + 2 + 1 + 8
    assert gcd_sum(2**40) == 2**39 * 42  # p^(e-1) * (p + e(p-1)) with p = 2, e = 40
