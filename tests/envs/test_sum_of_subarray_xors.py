"""SumOfSubarrayXors: the bitwise prefix count against XOR-ing every subarray directly."""

from __future__ import annotations

import random
from functools import reduce
from operator import xor

import pytest

import rlve_gym
from rlve_gym.envs.sequence_array.sum_of_subarray_xors import subarray_xor_sum

from ._subarrays import (
    assert_close_and_malformed_answers_rejected,
    assert_references_match,
    subarrays,
)

ENV = rlve_gym.make("SumOfSubarrayXors")


def brute_force(values):
    return sum(reduce(xor, part) for part in subarrays(values))


@pytest.mark.parametrize("length", (1, 2, 3, 6, 10))
def test_solver_matches_brute_force_on_random_arrays(length):
    rng = random.Random(length)
    for _ in range(100):
        values = [rng.randint(0, rng.choice((1, 7, 100))) for _ in range(length)]
        assert subarray_xor_sum(values) == brute_force(values)


def test_generated_references_match_brute_force():
    assert_references_match(ENV, brute_force)


def test_edge_cases():
    assert subarray_xor_sum([1, 2]) == 6  # the prompt's example
    assert subarray_xor_sum([0, 0, 0]) == 0
    assert subarray_xor_sum([5]) == 5
    assert subarray_xor_sum([3, 3]) == 6  # 3 + 3 + 0


def test_close_and_malformed_answers_are_rejected():
    problem = ENV.generate(3, 8)
    ref = int(problem.answer)
    close = (str(ref + 1), str(ref - 1), str(2 * ref))
    malformed = ("", "12 13", "1e3", "x")
    assert_close_and_malformed_answers_rejected(ENV, problem, close, malformed)
