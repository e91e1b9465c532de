"""PairedIncreasingPermutations: Legendre-factored Catalan numbers against enumeration and exact division."""

from __future__ import annotations

import random
from itertools import permutations
from math import comb

import pytest

import rlve_gym
from rlve_gym.envs.combinatorics_counting.paired_increasing_permutations import catalan_mod

ENV = rlve_gym.make("PairedIncreasingPermutations")


def brute_force(n: int) -> int:
    count = 0
    for a in permutations(range(1, 2 * n + 1)):
        odd, even = a[0::2], a[1::2]
        count += (
            all(x < y for x, y in zip(odd, odd[1:]))
            and all(x < y for x, y in zip(even, even[1:]))
            and all(x < y for x, y in zip(odd, even))
        )
    return count


@pytest.mark.parametrize("n", range(0, 5))
def test_definition_matches_catalan_by_enumeration(n):
    assert brute_force(n) == catalan_mod(n, 10**12)


def test_composite_moduli_against_exact_division():
    rng = random.Random(5)
    for n in list(range(0, 60)) + [199, 544]:
        exact = comb(2 * n, n) // (n + 1)
        for modulus in (1, 2, 12, 2**20, 10**9, 3 * 5 * 7 * 11 * 13, rng.randint(10**8, 10**9)):
            assert catalan_mod(n, modulus) == exact % modulus, (n, modulus)


def test_generated_problems_match_exact_division():
    for d in (0, 1, 2, 3, 10, 30):
        for seed in range(10):
            problem = ENV.generate(difficulty=d, seed=seed)
            n, modulus = problem.instance["pairs"], problem.instance["modulus"]
            assert int(problem.answer) == comb(2 * n, n) // (n + 1) % modulus
            assert n >= 19


def test_prompt_example_is_true():
    assert brute_force(2) == 2
    assert "modulo the prime" not in ENV.generate(difficulty=0, seed=0).prompt


def test_level_zero_counts_exceed_the_modulus_so_answers_vary():
    """Regression: below N = 19 the answer was an unreduced, well-known Catalan number."""
    problems = [ENV.generate(difficulty=0, seed=seed) for seed in range(60)]
    assert all(
        comb(2 * n, n) // (n + 1) > p.instance["modulus"]
        for p in problems
        for n in [p.instance["pairs"]]
    )
    assert len({p.answer for p in problems}) == 60
