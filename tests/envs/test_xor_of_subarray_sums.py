"""XorOfSubarraySums: the prefix-sum reference against summing every slice directly."""

from __future__ import annotations

import random
from functools import reduce
from operator import xor

import pytest

import rlve_gym
from rlve_gym.envs.sequence_array.xor_of_subarray_sums import subarray_sum_xor

from ._subarrays import (
    assert_close_and_malformed_answers_rejected,
    assert_references_match,
    subarrays,
)

ENV = rlve_gym.make("XorOfSubarraySums")


def brute_force(values):
    return reduce(xor, (sum(part) for part in subarrays(values)), 0)


@pytest.mark.parametrize("length", (1, 2, 3, 7, 12))
def test_solver_matches_brute_force_on_random_arrays(length):
    rng = random.Random(length)
    for _ in range(100):
        values = [rng.randint(1, rng.choice((1, 5, 300))) for _ in range(length)]
        assert subarray_sum_xor(values) == brute_force(values)


def test_generated_references_match_brute_force():
    assert_references_match(ENV, brute_force)


def test_edge_cases():
    assert subarray_sum_xor([1, 2]) == 0  # the prompt's example
    assert subarray_sum_xor([7]) == 7
    assert subarray_sum_xor([1, 1]) == 1 ^ 1 ^ 2
    assert subarray_sum_xor([4, 4, 4]) == 4 ^ 4 ^ 4 ^ 8 ^ 8 ^ 12


def test_close_and_malformed_answers_are_rejected():
    problem = ENV.generate(3, 8)
    ref = int(problem.answer)
    close = (str(ref + 1), str(ref ^ 1), str(-ref - 1))
    malformed = ("", "12 13", "0x1f", "x")
    assert_close_and_malformed_answers_rejected(ENV, problem, close, malformed)
