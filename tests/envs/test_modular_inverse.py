"""ModularInverse: solver against a search over [1, B), edge cases, near misses."""

from __future__ import annotations

import math

import pytest

import rlve_gym

ENV = rlve_gym.make("ModularInverse")


@pytest.mark.parametrize("difficulty", range(4))
def test_solver_matches_search_for_the_smallest_positive_inverse(difficulty):
    for seed in range(80):
        problem = ENV.generate(difficulty, seed)
        a, b = problem.instance["a"], problem.instance["b"]
        assert math.gcd(a, b) == 1
        expected = next(x for x in range(1, b + 1) if a * x % b == 1)
        assert int(problem.answer) == expected and expected > 1


def test_hand_written_cases():
    assert ENV.solve({"a": 3, "b": 7}) == 5
    assert ENV.solve({"a": 10, "b": 3}) == 1  # A larger than B, A = 1 (mod B)
    assert ENV.solve({"a": 6, "b": 7}) == 6  # A = B - 1 is its own inverse
    assert ENV.solve({"a": 2, "b": 97}) == 49  # prime modulus


def test_other_inverses_in_the_same_class_are_rejected():
    problem = ENV.generate(3, 2)
    x, b = int(problem.answer), problem.instance["b"]
    for wrong in (x + b, x - b, x + 1, 0):
        assert not ENV.verify(problem, f"<answer>{wrong}</answer>").correct
    assert ENV.verify(problem, f"<answer> {x} </answer>").correct
    assert not ENV.verify(problem, "<answer>x = 5</answer>").format_ok
