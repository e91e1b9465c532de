"""PrimeGcdPairCount: solver against a double loop with sympy's primality test."""

from __future__ import annotations

import math

import pytest
import sympy

import rlve_gym
from rlve_gym.envs.number_theory.prime_gcd_pair_count import prime_gcd_pair_count

ENV = rlve_gym.make("PrimeGcdPairCount")


def brute(n, m):
    return sum(1 for x in range(1, n + 1) for y in range(1, m + 1) if sympy.isprime(math.gcd(x, y)))


def test_all_small_sizes_match_the_double_loop():
    for n in range(0, 22):
        for m in range(0, 22):
            assert prime_gcd_pair_count(n, m) == brute(n, m)


@pytest.mark.parametrize("difficulty", range(3))
def test_generated_instances_match_the_double_loop(difficulty):
    for seed in range(25):
        problem = ENV.generate(difficulty, seed)
        assert int(problem.answer) == brute(problem.instance["n"], problem.instance["m"]) >= 2


def test_edge_cases():
    assert prime_gcd_pair_count(1, 50) == 0
    assert prime_gcd_pair_count(2, 2) == 1
    assert prime_gcd_pair_count(4, 4) == 4  # (2,2), (3,3), (2,4), (4,2)
