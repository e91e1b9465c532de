"""NestedRangeSequenceCounting: the window DP against checking every sequence by the definition."""

from __future__ import annotations

import random
from itertools import product

import rlve_gym
from rlve_gym.envs.combinatorics_counting.nested_range_sequence_counting import (
    count_nested_range_sequences,
)

ENV = rlve_gym.make("NestedRangeSequenceCounting")
MOD = 1_000_000_007
INF = float("inf")


def allowed(seq) -> bool:
    for i in range(2, len(seq)):
        earlier, last = seq[: i - 1], seq[i - 1]
        low = max((v for v in earlier if v <= last), default=-INF)
        high = min((v for v in earlier if v >= last), default=INF)
        if not low <= seq[i] <= high:
            return False
    return True


def brute_force(bounds) -> int:
    return sum(allowed(s) for s in product(*(range(1, b + 1) for b in bounds)))


def test_window_dp_matches_definition_on_random_small_bounds():
    rng = random.Random(3)
    for _ in range(120):
        n = rng.randint(1, 6)
        bounds = [rng.randint(1, 5) for _ in range(n)]
        assert count_nested_range_sequences(bounds, MOD) == brute_force(bounds), bounds


def test_generated_small_levels_match_definition():
    for d in range(2):
        for seed in range(6):
            problem = ENV.generate(difficulty=d, seed=seed)
            bounds = problem.instance["bounds"]
            assert int(problem.answer) == brute_force(bounds) % problem.instance["modulus"]


def test_edges_and_small_modulus():
    assert count_nested_range_sequences([1, 1, 1, 1], MOD) == 1
    assert count_nested_range_sequences([7], MOD) == 7
    assert count_nested_range_sequences([4, 5], MOD) == 20  # no condition before the third term
    bounds = [6, 5, 6, 4, 6, 5]
    assert count_nested_range_sequences(bounds, 1_000_003) == brute_force(bounds) % 1_000_003


def test_prompt_example_is_true():
    assert allowed((1, 3, 2)) and not allowed((2, 3, 1))
