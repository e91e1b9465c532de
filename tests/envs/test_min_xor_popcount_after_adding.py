"""MinXorPopcountAfterAdding: carry DP against trying every n below a generous bound."""

from __future__ import annotations

import random

import pytest

import rlve_gym
from rlve_gym.envs.number_theory.min_xor_popcount_after_adding import (
    HIGH_WEIGHT,
    min_weighted_xor_after_adding,
    min_xor_popcount_after_adding,
)

ENV = rlve_gym.make("MinXorPopcountAfterAdding")


def weight_of(x, weights):
    return sum(
        (weights[i] if i < len(weights) else HIGH_WEIGHT)
        for i in range(x.bit_length())
        if x >> i & 1
    )


def brute(d, weights=None):
    weights = weights or [1] * (d.bit_length() + 1)
    return min(weight_of(n ^ (n + d), weights) for n in range(1 << (d.bit_length() + 3)))


def test_every_small_d_matches_trying_all_n():
    for d in range(0, 1 << 9):
        assert min_xor_popcount_after_adding(d) == brute(d)


def test_random_weights_match_trying_all_n():
    rng = random.Random(5)
    for _ in range(100):
        d = rng.randint(1, 1 << 8)
        weights = [rng.randint(1, 99) for _ in range(d.bit_length() + 1)]
        assert min_weighted_xor_after_adding(d, weights) == brute(d, weights), (d, weights)


def test_generated_instances_match_trying_all_n():
    # the generator at small sizes (the schedule starts at 10 bits; brute force wants fewer)
    rng = random.Random(7)
    for bits in (3, 5, 7):
        for _ in range(10):
            instance = ENV.generate_instance(rng, {"bits": bits})
            d = int(instance["d_binary"], 2)
            assert len(instance["d_binary"]) == bits
            assert ENV.solve(instance) == brute(d, instance["weights"])


def test_level_zero_matches_trying_all_n():
    for seed in range(2):
        problem = ENV.generate(0, seed)
        i = problem.instance
        assert len(i["d_binary"]) == ENV.schedule(0)["bits"]
        assert int(problem.answer) == brute(int(i["d_binary"], 2), i["weights"])


def test_edge_cases():
    assert min_xor_popcount_after_adding(0) == 0
    assert min_xor_popcount_after_adding(1) == 1
    assert min_xor_popcount_after_adding(1 << 40) == 1  # a power of two: n = 0
    assert min_xor_popcount_after_adding(0b111) == 2  # n = 1: 1 XOR 8 = 1001
    assert min_xor_popcount_after_adding((1 << 40) - 1) == 2
    # d = 11: n = 0 gives w0 + w1 + w3 = 150, while n = 5 gives 5 XOR 16 = 10101, w0 + w2 + w4
    assert min_weighted_xor_after_adding(0b1011, [50, 50, 1, 50, 1]) == 52


@pytest.mark.parametrize("difficulty", [0, 3, 10])
def test_answers_spread_over_many_values(difficulty):
    # regression: with unit weights a third of level 0 had the answer 4
    answers = [ENV.generate(difficulty, seed).answer for seed in range(100)]
    assert len(set(answers)) >= 40
    assert max(answers.count(a) for a in set(answers)) <= 8
