"""FrobeniusNumberTwoCoins: solver against a representability sieve."""

from __future__ import annotations

import math

import pytest

import rlve_gym

ENV = rlve_gym.make("FrobeniusNumberTwoCoins")


def largest_unrepresentable(a, b):
    limit = a * b
    representable = [False] * (limit + 1)
    representable[0] = True
    for z in range(1, limit + 1):
        representable[z] = (z >= a and representable[z - a]) or (z >= b and representable[z - b])
    return max(z for z in range(limit + 1) if not representable[z])


@pytest.mark.parametrize("difficulty", range(4))
def test_solver_matches_the_sieve(difficulty):
    for seed in range(40):
        problem = ENV.generate(difficulty, seed)
        a, b = problem.instance["a"], problem.instance["b"]
        assert math.gcd(a, b) == 1 and min(a, b) >= 2
        assert int(problem.answer) == largest_unrepresentable(a, b) > 1


def test_hand_written_cases():
    assert ENV.solve({"a": 3, "b": 5}) == 7
    assert ENV.solve({"a": 2, "b": 7}) == 5
    assert ENV.solve({"a": 9, "b": 10}) == 71


def test_format_example_is_never_an_answer():
    for d in range(4):
        for seed in range(50):
            assert ENV.generate(difficulty=d, seed=seed).answer != ENV.answer_example
