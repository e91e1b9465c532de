"""DivisorCountOfProductsSum: solver against sympy's divisor_count on every product."""

from __future__ import annotations

import pytest
import sympy

import rlve_gym
from rlve_gym.envs.number_theory.divisor_count_of_products_sum import divisor_count_of_products_sum

ENV = rlve_gym.make("DivisorCountOfProductsSum")


def brute(n, m):
    return sum(int(sympy.divisor_count(i * j)) for i in range(1, n + 1) for j in range(1, m + 1))


def test_all_small_sizes():
    for n in range(0, 16):
        for m in range(0, 16):
            assert divisor_count_of_products_sum(n, m) == brute(n, m)


@pytest.mark.parametrize("difficulty", [0, 1, 2])
def test_generated_instances_match_sympy(difficulty):
    for seed in range(6):
        problem = ENV.generate(difficulty, seed)
        assert int(problem.answer) == brute(problem.instance["n"], problem.instance["m"])


def test_one_row_is_the_divisor_summatory():
    assert divisor_count_of_products_sum(1, 100) == sum(
        int(sympy.divisor_count(j)) for j in range(1, 101)
    )
