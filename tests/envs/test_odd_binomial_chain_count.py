"""OddBinomialChainCount: submask DP against checking every subsequence with math.comb."""

from __future__ import annotations

import itertools
import math
import random
from itertools import combinations

import pytest

import rlve_gym
from rlve_gym.envs.number_theory.odd_binomial_chain_count import odd_binomial_chain_count

ENV = rlve_gym.make("OddBinomialChainCount")


def brute(values):
    count = 0
    for k in range(2, len(values) + 1):
        for chosen in combinations(values, k):
            if math.prod(math.comb(a, b) for a, b in itertools.pairwise(chosen)) % 2 == 1:
                count += 1
    return count


def test_random_small_sequences_match_subsequence_enumeration():
    rng = random.Random(5)
    for _ in range(300):
        n = rng.randint(1, 10)
        values = rng.sample(range(1, 2 * n + 4), n)
        assert odd_binomial_chain_count(values) == brute(values)


@pytest.mark.parametrize("n", [6, 9, 12])
def test_generator_at_small_sizes_matches_subsequence_enumeration(n):
    # the schedule starts at 24 values (2^24 subsequences); the generator works at any N
    rng = random.Random(n)
    for _ in range(20):
        values = ENV.generate_instance(rng, {"n": n})["values"]
        assert len(set(values)) == len(values) == n
        assert odd_binomial_chain_count(values) == brute(values) >= 2


def test_generated_levels_have_distinct_values():
    for difficulty in (0, 5):
        values = ENV.generate(difficulty, 1).instance["values"]
        assert len(set(values)) == len(values) == ENV.schedule(difficulty)["n"]


def test_edge_cases():
    assert odd_binomial_chain_count([5]) == 0
    assert odd_binomial_chain_count([1, 3]) == 0  # C(1, 3) = 0
    assert odd_binomial_chain_count([3, 1]) == 1
    assert odd_binomial_chain_count([7, 3, 1]) == 4  # 7-3, 7-1, 3-1, 7-3-1
    assert odd_binomial_chain_count([8, 4, 2, 1]) == 0  # powers of two share no bits
    assert odd_binomial_chain_count([3, 1, 2]) == 2


def test_level_zero_answers_are_not_constant():
    # regression: N = 3 values from [1, 5] gave the answer 2 on every level-0 seed, and up to
    # N = 15 a few small counts covered 5-28% of the seeds
    answers = [ENV.generate(0, seed).answer for seed in range(100)]
    assert len(set(answers)) >= 40
    assert max(answers.count(a) for a in set(answers)) <= 8
