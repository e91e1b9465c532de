"""MoreOnesStringPairCounting: the closed form against enumerating the strings (and binomial sums)."""

from __future__ import annotations

from itertools import product
from math import comb

import rlve_gym
from rlve_gym.envs.combinatorics_counting.more_ones_string_pair_counting import (
    count_pairs_with_more_ones,
)

ENV = rlve_gym.make("MoreOnesStringPairCounting")


def brute_force(longer: int, shorter: int) -> int:
    return sum(
        sum(s) > sum(t)
        for s in product((0, 1), repeat=longer)
        for t in product((0, 1), repeat=shorter)
    )


def by_ones_counts(longer: int, shorter: int) -> int:
    return sum(
        comb(longer, x) * comb(shorter, y)
        for x in range(longer + 1)
        for y in range(min(x, shorter + 1))
    )


def test_formula_matches_string_enumeration():
    for shorter in range(0, 6):
        for longer in range(shorter + 1, 9):
            assert count_pairs_with_more_ones(longer, shorter, 10**9) == brute_force(
                longer, shorter
            )


def test_formula_matches_ones_counts_modulo_powers_of_ten():
    for shorter, longer in [(10, 11), (37, 45), (100, 163), (250, 251), (999, 1040)]:
        for k in (1, 3, 6):
            assert (
                count_pairs_with_more_ones(longer, shorter, 10**k)
                == by_ones_counts(longer, shorter) % 10**k
            )


def test_generated_instances_match_ones_counts():
    for d in range(3):
        for seed in range(5):
            problem = ENV.generate(difficulty=d, seed=seed)
            inst = problem.instance
            longer = inst["shorter"] + inst["delta"]
            assert int(problem.answer) == by_ones_counts(longer, inst["shorter"]) % inst["modulus"]


def test_prompt_example_and_rejection_of_equal_lengths():
    assert brute_force(2, 1) == 4
    try:
        count_pairs_with_more_ones(3, 3, 1000)
    except ValueError:
        pass
    else:
        raise AssertionError("equal lengths must be refused")
