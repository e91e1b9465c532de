"""XorExcessRectangleSum: the bit DP against summing every cell of the rectangle."""

from __future__ import annotations

import random

import pytest

import rlve_gym
from rlve_gym.envs.arithmetic.xor_excess_rectangle_sum import xor_excess_sum

ENV = rlve_gym.make("XorExcessRectangleSum")


def cell_by_cell(n, m, k):
    return sum(max((i ^ j) - k, 0) for i in range(n) for j in range(m))


def test_every_small_rectangle_and_threshold():
    for n in range(1, 13):
        for m in range(1, 13):
            for k in range(0, 18):
                assert xor_excess_sum(n, m, k) == cell_by_cell(n, m, k), (n, m, k)


def test_random_larger_rectangles():
    rng = random.Random(7)
    for _ in range(40):
        n, m = rng.randint(1, 200), rng.randint(1, 200)
        k = rng.randint(0, 300)
        assert xor_excess_sum(n, m, k) == cell_by_cell(n, m, k), (n, m, k)


@pytest.mark.parametrize("difficulty", (0, 1, 2, 3, 4))
def test_generated_instances_match_and_are_positive(difficulty):
    for seed in range(30):
        problem = ENV.generate(difficulty, seed)
        inst = problem.instance
        assert int(problem.answer) == cell_by_cell(inst["n"], inst["m"], inst["k"]) > 0


def test_malformed_answers():
    problem = ENV.generate(3, 4)
    for text in ("", "12 34", "0x1F", "7" * 70):
        v = ENV.verify(problem, f"<answer>{text}</answer>")
        assert not v.correct and not v.format_ok
