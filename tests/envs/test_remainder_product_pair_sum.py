"""RemainderProductPairSum: block formula against the double loop."""

from __future__ import annotations

import pytest

import rlve_gym
from rlve_gym.envs.number_theory.remainder_product_pair_sum import (
    remainder_product_pair_sum,
    remainder_sum,
)

ENV = rlve_gym.make("RemainderProductPairSum")


def brute(n, m):
    return sum((n % i) * (m % j) for i in range(1, n + 1) for j in range(1, m + 1) if i != j)


def test_all_small_sizes_match_the_double_loop():
    for n in range(1, 30):
        assert remainder_sum(n) == sum(n % i for i in range(1, n + 1))
        for m in range(1, 30):
            assert remainder_product_pair_sum(n, m) == brute(n, m)


@pytest.mark.parametrize("difficulty", range(3))
def test_generated_instances_match_the_double_loop(difficulty):
    for seed in range(25):
        problem = ENV.generate(difficulty, seed)
        n, m = problem.instance["n"], problem.instance["m"]
        assert int(problem.answer) == brute(n, m) > 0


def test_edge_cases():
    assert remainder_product_pair_sum(3, 3) == 0  # only i = j = 2 has both remainders non-zero
    assert remainder_product_pair_sum(1, 50) == 0  # N mod 1 = 0
    assert remainder_product_pair_sum(5, 5) == brute(5, 5)
    # a prime N: N mod i = N - i for i > N / 2
    assert remainder_product_pair_sum(97, 2) == brute(97, 2)
