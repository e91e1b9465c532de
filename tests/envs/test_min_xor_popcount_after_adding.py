"""MinXorPopcountAfterAdding: carry DP against trying every n below a generous bound."""

from __future__ import annotations

import pytest

import rlve_gym
from rlve_gym.envs.number_theory.min_xor_popcount_after_adding import min_xor_popcount_after_adding

ENV = rlve_gym.make("MinXorPopcountAfterAdding")


def brute(d):
    return min(bin(n ^ (n + d)).count("1") for n in range(1 << (d.bit_length() + 3)))


def test_every_small_d_matches_trying_all_n():
    for d in range(0, 1 << 10):
        assert min_xor_popcount_after_adding(d) == brute(d)


@pytest.mark.parametrize("difficulty", range(3))
def test_generated_instances_match_trying_all_n(difficulty):
    for seed in range(30):
        problem = ENV.generate(difficulty, seed)
        d = int(problem.instance["d_binary"], 2)
        assert len(problem.instance["d_binary"]) == ENV.schedule(difficulty)["bits"]
        assert int(problem.answer) == brute(d) >= 2


def test_edge_cases():
    assert min_xor_popcount_after_adding(0) == 0
    assert min_xor_popcount_after_adding(1) == 1
    assert min_xor_popcount_after_adding(1 << 40) == 1  # a power of two: n = 0
    assert min_xor_popcount_after_adding(0b111) == 2  # n = 1: 1 XOR 8 = 1001
    assert min_xor_popcount_after_adding((1 << 40) - 1) == 2


@pytest.mark.parametrize("difficulty", [0, 3, 10])
def test_answers_spread_over_several_values(difficulty):
    # regression: uniform random 4-bit d put 70% of level-0 answers on 2 (and the prompt's
    # example 3 was right on another third)
    answers = [ENV.generate(difficulty, seed).answer for seed in range(100)]
    assert len(set(answers)) >= 4
    assert max(answers.count(a) for a in set(answers)) <= 40
