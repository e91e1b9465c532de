"""XorOfSubarraySums: the prefix-sum reference against summing every slice directly."""

from __future__ import annotations

import random
from functools import reduce
from operator import xor

import pytest

import rlve_gym
from rlve_gym.envs.sequence_array.xor_of_subarray_sums import subarray_sum_xor

ENV = rlve_gym.make("XorOfSubarraySums")


def brute_force(values):
    n = len(values)
    return reduce(xor, (sum(values[l : r + 1]) for l in range(n) for r in range(l, n)), 0)


def verdict(problem, text):
    return ENV.verify(problem, f"<answer>{text}</answer>")


@pytest.mark.parametrize("length", (1, 2, 3, 7, 12))
def test_solver_matches_brute_force_on_random_arrays(length):
    rng = random.Random(length)
    for _ in range(100):
        values = [rng.randint(1, rng.choice((1, 5, 300))) for _ in range(length)]
        assert subarray_sum_xor(values) == brute_force(values)


def test_generated_references_match_brute_force():
    for d in (0, 1, 4, 9, 20):
        for seed in range(25):
            problem = ENV.generate(d, seed)
            assert int(problem.answer) == brute_force(problem.instance["values"])


def test_edge_cases():
    assert subarray_sum_xor([1, 2]) == 0  # the prompt's example
    assert subarray_sum_xor([7]) == 7
    assert subarray_sum_xor([1, 1]) == 1 ^ 1 ^ 2
    assert subarray_sum_xor([4, 4, 4]) == 4 ^ 4 ^ 4 ^ 8 ^ 8 ^ 12


def test_close_and_malformed_answers_are_rejected():
    problem = ENV.generate(3, 8)
    ref = int(problem.answer)
    for text in (str(ref + 1), str(ref ^ 1), str(-ref - 1)):
        v = verdict(problem, text)
        assert not v.correct and v.format_ok
    for text in ("", "12 13", "0x1f", "x"):
        assert not verdict(problem, text).format_ok
    assert verdict(problem, f" {ref} ").correct
