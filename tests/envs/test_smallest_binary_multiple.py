"""SmallestBinaryMultiple: solver against scanning B = 1, 2, 3, ... and against 0/1 numbers in order."""

from __future__ import annotations

import random

import pytest

import rlve_gym
from rlve_gym.envs.number_theory.smallest_binary_multiple import smallest_zero_one_multiple

ENV = rlve_gym.make("SmallestBinaryMultiple")


def zero_one_numbers_in_order():
    k = 1
    while True:
        yield int(bin(k)[2:])  # the k-th number written with digits 0/1
        k += 1


def smallest_by_scan(a):
    for value in zero_one_numbers_in_order():
        if value % a == 0:
            return value


def test_every_a_up_to_300():
    for a in range(1, 301):
        assert smallest_zero_one_multiple(a) == smallest_by_scan(a), a


@pytest.mark.parametrize("max_a", [20, 120, 300])
def test_generated_answers_match_the_scan_and_exceed_one(max_a):
    # the generator at small bounds (level 0 already reaches A = 560, where the scan over 0/1
    # numbers in order can need 2^27 steps)
    rng = random.Random(max_a)
    for _ in range(30):
        instance = ENV.generate_instance(rng, {"max_a": max_a})
        a = instance["a"]
        assert ENV.solve(instance) == smallest_by_scan(a) // a > 1


def test_level_zero_values_are_spread():
    # regression: with A <= 20 there were 16 distinct problems and B = 5 on a seventh of them
    problems = [ENV.generate(0, seed) for seed in range(200)]
    assert len({p.instance["a"] for p in problems}) >= 150


def test_hand_written_cases():
    assert ENV.solve({"a": 3}) == 37
    assert ENV.solve({"a": 9999}) == int("1" * 36) // 9999
    assert ENV.solve({"a": 7}) == 143  # 1001


def test_worked_example_answer_never_generated():
    for d in range(3):
        for seed in range(80):
            problem = ENV.generate(difficulty=d, seed=seed)
            assert str(problem.instance["a"]).rstrip("0") != "3" and problem.answer != "37"
