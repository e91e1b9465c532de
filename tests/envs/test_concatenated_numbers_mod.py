"""ConcatenatedNumbersMod: solver against building the decimal string."""

from __future__ import annotations

import pytest

import rlve_gym
from rlve_gym.envs.number_theory.concatenated_numbers_mod import concatenation_mod

ENV = rlve_gym.make("ConcatenatedNumbersMod")


def by_string(n, m):
    value = 0
    for digit in "".join(str(i) for i in range(1, n + 1)):
        value = (value * 10 + int(digit)) % m
    return value


def test_every_small_n_and_modulus():
    for n in range(0, 130):
        for m in (1, 2, 7, 10, 11, 97, 1000, 12345):
            assert concatenation_mod(n, m) == by_string(n, m), (n, m)


@pytest.mark.parametrize("difficulty", range(3))
def test_generated_instances_match_the_string(difficulty):
    for seed in range(25):
        problem = ENV.generate(difficulty, seed)
        assert int(problem.answer) == by_string(problem.instance["n"], problem.instance["modulus"])


def test_digit_length_boundaries():
    for n in (9, 10, 99, 100, 999, 1000, 1001):
        assert concatenation_mod(n, 999_983) == by_string(n, 999_983)
