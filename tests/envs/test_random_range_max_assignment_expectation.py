"""RandomRangeMaxAssignmentExpectation: the low-block DP against playing out every sequence of
operations."""

from __future__ import annotations

import itertools
import random

import pytest

import rlve_gym
from rlve_gym.envs.probability.random_range_max_assignment_expectation import scaled_final_values

ENV = rlve_gym.make("RandomRangeMaxAssignmentExpectation")
PRIME = 1_000_000_007


def sums_by_playing_every_sequence(values, operations):
    n = len(values)
    ranges = [(a, b) for a in range(n) for b in range(a, n)]
    totals = [0] * n
    for sequence in itertools.product(ranges, repeat=operations):
        array = list(values)
        for a, b in sequence:
            top = max(array[a : b + 1])
            array[a : b + 1] = [top] * (b - a + 1)
        for i, x in enumerate(array):
            totals[i] += x
    return totals


@pytest.mark.parametrize("length,operations", [(1, 2), (2, 3), (3, 3), (4, 2), (5, 2), (4, 3)])
def test_dp_matches_every_sequence(length, operations):
    rng = random.Random(length * 10 + operations)
    for _ in range(6):
        values = [rng.randint(0, 6) for _ in range(length)]
        expected = [x % PRIME for x in sums_by_playing_every_sequence(values, operations)]
        assert scaled_final_values(values, operations, PRIME) == expected


def test_small_cases():
    assert scaled_final_values([1, 2], 1, PRIME) == [4, 6]  # the prompt's example
    assert scaled_final_values([3, 3, 3], 2, PRIME) == [3 * 36] * 3
    assert scaled_final_values([0, 0, 5], 1, PRIME) == sums_by_playing_every_sequence([0, 0, 5], 1)
    small = 101  # reduction by a small prime
    values = [4, 0, 7, 2]
    exact = sums_by_playing_every_sequence(values, 2)
    assert scaled_final_values(values, 2, small) == [x % small for x in exact]


def test_generated_instances_verify_and_are_not_flat():
    for d in (0, 4, 30):
        for seed in range(15):
            problem = ENV.generate(d, seed)
            assert len(set(problem.instance["values"])) > 1
            assert ENV.verify(problem, f"<answer>{problem.answer}</answer>").correct


def test_wrong_and_malformed_answers():
    problem = ENV.generate(2, 3)
    m = problem.instance["modulus"]
    values = [int(t) for t in problem.answer.split()]
    values[0] = (values[0] + 1) % m
    v = ENV.verify(problem, "<answer>" + " ".join(map(str, values)) + "</answer>")
    assert not v.correct and v.format_ok and "1 of the" in v.reason
    values[0] += m
    assert (
        "remainder"
        in ENV.verify(problem, "<answer>" + " ".join(map(str, values)) + "</answer>").reason
    )
    for text in ("1 2", "", "a b c d e", problem.answer + " 1"):
        assert not ENV.verify(problem, f"<answer>{text}</answer>").format_ok
    for text in ENV.near_misses(problem):
        assert not ENV.verify(problem, f"<answer>{text}</answer>").correct
