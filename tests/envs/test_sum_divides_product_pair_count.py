"""SumDividesProductPairCount: the parametrised count against checking every pair."""

from __future__ import annotations

import pytest

import rlve_gym
from rlve_gym.envs.number_theory.sum_divides_product_pair_count import sum_divides_product_pairs

ENV = rlve_gym.make("SumDividesProductPairCount")


def by_pairs(n):
    return sum(1 for b in range(1, n + 1) for a in range(1, b) if (a * b) % (a + b) == 0)


def test_every_n_up_to_150():
    running = 0
    for n in range(1, 151):
        running += sum(1 for a in range(1, n) if (a * n) % (a + n) == 0)
        assert sum_divides_product_pairs(n) == running, n


@pytest.mark.parametrize("difficulty", range(3))
def test_generated_instances_match_every_pair(difficulty):
    for seed in range(15):
        problem = ENV.generate(difficulty, seed)
        assert int(problem.answer) == by_pairs(problem.instance["n"]) >= 2


def test_edge_cases():
    assert sum_divides_product_pairs(5) == 0
    assert sum_divides_product_pairs(6) == 1  # (3, 6)
