"""ResidueClassBinomialSum: cyclic polynomial powers against summing binomials directly."""

from __future__ import annotations

from math import comb

import rlve_gym
from rlve_gym.envs.combinatorics_counting.residue_class_binomial_sum import (
    residue_class_binomial_sum,
)

ENV = rlve_gym.make("ResidueClassBinomialSum")
MOD = 1_000_000_007


def direct_sum(total, period, residue):
    return sum(comb(total, j) for j in range(residue, total + 1, period))


def test_matches_direct_sum_for_all_small_parameters():
    for total in range(0, 40):
        for period in range(1, 9):
            for residue in range(period):
                assert (
                    residue_class_binomial_sum(total, period, residue, MOD)
                    == direct_sum(total, period, residue) % MOD
                )


def test_counts_subsets_by_size_class():
    from itertools import combinations

    items = range(6)
    by_class = [0, 0, 0]
    for size in range(7):
        by_class[size % 3] += sum(1 for _ in combinations(items, size))
    assert [residue_class_binomial_sum(6, 3, r, MOD) for r in range(3)] == by_class


def test_generated_problems_match_direct_sums():
    for d in (0, 1, 2, 3):
        for seed in range(10):
            problem = ENV.generate(difficulty=d, seed=seed)
            inst = problem.instance
            total = inst["count"] * inst["period"]
            assert (
                int(problem.answer)
                == direct_sum(total, inst["period"], inst["residue"]) % inst["modulus"]
            )


def test_huge_n_and_small_prime():
    # period 2: every class holds half of the 2^(N*K) subsets
    assert residue_class_binomial_sum(2 * 10**15, 2, 1, MOD) == pow(2, 2 * 10**15 - 1, MOD)
    assert residue_class_binomial_sum(20, 4, 2, 7) == direct_sum(20, 4, 2) % 7
    assert direct_sum(4, 2, 1) == 8  # the prompt example


def test_worked_example_never_generated():
    for seed in range(80):
        problem = ENV.generate(difficulty=0, seed=seed)
        assert problem.instance["count"] >= 2  # the prompt's example has N = 1
        assert "N = 1, K = 3 and R = 0" in problem.prompt
