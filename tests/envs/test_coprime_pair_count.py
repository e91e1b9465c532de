"""CoprimePairCount: solver against a double loop over gcd."""

from __future__ import annotations

import math

import pytest

import rlve_gym
from rlve_gym.envs.number_theory.coprime_pair_count import coprime_pair_count

ENV = rlve_gym.make("CoprimePairCount")


def brute(n, m):
    return sum(1 for x in range(1, n + 1) for y in range(1, m + 1) if math.gcd(x, y) == 1)


def test_all_small_sizes_match_the_double_loop():
    for n in range(0, 25):
        for m in range(0, 25):
            assert coprime_pair_count(n, m) == brute(n, m)


@pytest.mark.parametrize("difficulty", range(3))
def test_generated_instances_match_the_double_loop(difficulty):
    for seed in range(30):
        problem = ENV.generate(difficulty, seed)
        assert int(problem.answer) == brute(problem.instance["n"], problem.instance["m"])


def test_known_values():
    assert coprime_pair_count(7, 7) == 35  # 2 * (phi(1) + ... + phi(7)) - 1
    assert coprime_pair_count(1, 100) == 100
