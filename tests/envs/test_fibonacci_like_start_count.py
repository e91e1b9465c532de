"""FibonacciLikeStartCount: Diophantine count against running every start pair."""

from __future__ import annotations

import random

import pytest

import rlve_gym
from rlve_gym.envs.number_theory.fibonacci_like_start_count import (
    fibonacci_like_start_count,
    positive_solution_count,
)

ENV = rlve_gym.make("FibonacciLikeStartCount")


def brute(k):
    count = 0
    for a in range(1, k + 1):
        for b in range(1, k + 1):
            x, y = a, b  # f(n-2), f(n-1); f(n) for n = 2, 3, ... until it passes k
            while x + y <= k:
                x, y = y, x + y
                if y == k:
                    count += 1
                    break
    return count


def test_every_small_k_matches_running_the_sequences():
    for k in range(1, 200):
        assert fibonacci_like_start_count(k) == brute(k)


def test_positive_solution_count_matches_enumeration():
    for p, q in ((1, 1), (1, 2), (2, 3), (3, 5), (5, 8), (8, 13)):
        for k in range(1, 120):
            expected = sum(1 for a in range(1, k) for b in range(1, k) if p * a + q * b == k)
            assert positive_solution_count(p, q, k) == expected


@pytest.mark.parametrize("max_k", [10, 320])
def test_generated_instances_match_running_the_sequences(max_k):
    rng = random.Random(max_k)
    for _ in range(15):
        instance = ENV.generate_instance(rng, {"max_k": max_k})
        assert ENV.solve(instance) == brute(instance["k"]) >= 2


def test_edge_cases():
    assert fibonacci_like_start_count(2) == 1  # only (1, 1)
    assert fibonacci_like_start_count(3) == 3  # (1, 2), (2, 1) at n = 2 and (1, 1) at n = 3
    assert fibonacci_like_start_count(1) == 0
