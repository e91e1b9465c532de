"""DistinctFactorProductCount: knapsack over divisors against enumerating factor sets."""

from __future__ import annotations

import pytest
import sympy

import rlve_gym
from rlve_gym.envs.number_theory.distinct_factor_product_count import distinct_factor_products

ENV = rlve_gym.make("DistinctFactorProductCount")


def count_sets(n, smallest=2):
    """Sets of distinct factors >= smallest, increasing, with product n (including {n})."""
    total = 1 if n >= smallest else 0
    for f in sympy.divisors(n):
        if smallest <= f and f * f < n and n % f == 0 and n // f > f:
            total += count_sets(n // f, f + 1)
    return total


def by_enumeration(n):
    return count_sets(n) - 1 if n > 1 else 0


def test_every_n_up_to_2000():
    for n in range(1, 2001):
        assert distinct_factor_products(n) == by_enumeration(n), n


@pytest.mark.parametrize("difficulty", range(4))
def test_generated_instances_match_enumeration(difficulty):
    for seed in range(30):
        problem = ENV.generate(difficulty, seed)
        assert int(problem.answer) == by_enumeration(problem.instance["n"]) >= 2


def test_hand_written_cases():
    assert distinct_factor_products(24) == 4
    assert distinct_factor_products(12) == 2  # 2*6, 3*4
    assert distinct_factor_products(13) == 0  # prime
    assert distinct_factor_products(16) == 1  # 2*8 only (4*4 repeats)
    assert distinct_factor_products(210) == 14


def test_worked_example_excluded_and_small_counts_not_dominant():
    for d in (0, 3, 10):
        answers = []
        for seed in range(100):
            problem = ENV.generate(difficulty=d, seed=seed)
            assert problem.instance["n"] != 24
            answers.append(problem.answer)
        assert max(answers.count(a) for a in set(answers)) <= 45
