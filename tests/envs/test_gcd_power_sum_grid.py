"""GcdPowerSumGrid: solver against the double loop."""

from __future__ import annotations

import math

import pytest

import rlve_gym
from rlve_gym.envs.number_theory.gcd_power_sum_grid import gcd_power_sum

ENV = rlve_gym.make("GcdPowerSumGrid")


def brute(n, m, k):
    return sum(math.gcd(i, j) ** k for i in range(1, n + 1) for j in range(1, m + 1))


def test_all_small_sizes_and_powers():
    for n in range(1, 18):
        for m in range(1, 18):
            for k in (1, 2, 3, 5):
                assert gcd_power_sum(n, m, k) == brute(n, m, k)


@pytest.mark.parametrize("difficulty", [0, 1, 2, 5])
def test_generated_instances_match_the_double_loop(difficulty):
    for seed in range(8):
        problem = ENV.generate(difficulty, seed)
        i = problem.instance
        assert int(problem.answer) == brute(i["n"], i["m"], i["power"])
