"""MaxProductOfAtMostKParts: the solver against every partition of N into at most K parts."""

from __future__ import annotations

import math
import random

import pytest

import rlve_gym
from rlve_gym.envs.arithmetic.max_product_of_at_most_k_parts import max_product

ENV = rlve_gym.make("MaxProductOfAtMostKParts")


def partitions(n, max_part):
    """Every partition of n into parts <= max_part, as non-increasing tuples."""
    if n == 0:
        yield ()
        return
    for first in range(min(n, max_part), 0, -1):
        for rest in partitions(n - first, first):
            yield (first, *rest)


def best_by_enumeration(n, k):
    return max(math.prod(p) for p in partitions(n, n) if len(p) <= k)


@pytest.mark.parametrize("n", range(1, 31))
def test_solver_matches_all_partitions(n):
    for k in range(1, n + 2):
        assert max_product(n, k) == best_by_enumeration(n, k), (n, k)


def test_generated_small_instances_match_enumeration():
    for seed in range(60):
        instance = ENV.generate_instance(random.Random(seed), {"max_n": 36})
        assert ENV.solve(instance) == best_by_enumeration(instance["n"], instance["k"])


def test_both_regimes_occur_and_answers_vary():
    binding = loose = 0
    answers = set()
    for seed in range(200):
        problem = ENV.generate(0, seed)
        n, k = problem.instance["n"], problem.instance["k"]
        answers.add(problem.answer)
        if max_product(n, k) < max_product(n, n):
            binding += 1
        else:
            loose += 1
    assert binding >= 100 and loose >= 10 and len(answers) >= 120


def test_hand_written_cases():
    assert max_product(10, 3) == 36
    assert max_product(10, 2) == 25
    assert max_product(10, 10) == 36
    assert max_product(6, 1) == 6
    assert max_product(4, 4) == 4


def test_malformed_answers():
    problem = ENV.generate(1, 2)
    for text in ("", "3^5", "1,000", "9" * 200):
        v = ENV.verify(problem, f"<answer>{text}</answer>")
        assert not v.correct and not v.format_ok
