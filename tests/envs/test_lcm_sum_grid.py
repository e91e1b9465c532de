"""LcmSumGrid: solver against the double loop."""

from __future__ import annotations

import math

import pytest

import rlve_gym
from rlve_gym.envs.number_theory.lcm_sum_grid import lcm_sum

ENV = rlve_gym.make("LcmSumGrid")


def brute(n, m):
    return sum(math.lcm(i, j) for i in range(1, n + 1) for j in range(1, m + 1))


def test_all_small_sizes():
    for n in range(1, 30):
        for m in range(1, 30):
            assert lcm_sum(n, m) == brute(n, m)


@pytest.mark.parametrize("difficulty", [0, 1, 2, 4])
def test_generated_instances_match_the_double_loop(difficulty):
    for seed in range(8):
        problem = ENV.generate(difficulty, seed)
        assert int(problem.answer) == brute(problem.instance["n"], problem.instance["m"])
