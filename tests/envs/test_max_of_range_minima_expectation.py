"""MaxOfRangeMinimaExpectation: the threshold DP against averaging over every array."""

from __future__ import annotations

import itertools
import random
from fractions import Fraction

import pytest

import rlve_gym
from rlve_gym.envs.probability._modular_expectation import fraction_mod
from rlve_gym.envs.probability.max_of_range_minima_expectation import (
    expected_max_of_minima,
    innermost,
)

ENV = rlve_gym.make("MaxOfRangeMinimaExpectation")
PRIME = 998_244_353


def expectation_by_all_arrays(length, top, intervals):
    total = 0
    for array in itertools.product(range(1, top + 1), repeat=length):
        total += max(min(array[left - 1 : right]) for left, right in intervals)
    return Fraction(total, top**length)


@pytest.mark.parametrize("length,top", [(3, 3), (4, 3), (5, 4), (6, 3), (7, 2)])
def test_dp_matches_every_array(length, top):
    for seed in range(20):
        sizes = {"length": length, "max_value": top, "max_intervals": 5}
        inst = ENV.generate_instance(random.Random(seed), sizes)
        exact = expectation_by_all_arrays(length, inst["max_value"], inst["intervals"])
        assert ENV.solve(inst) == fraction_mod(exact, inst["modulus"])


def test_nested_single_and_whole_intervals():
    cases = [
        (4, 3, [[1, 4]]),
        (4, 3, [[2, 2], [1, 4]]),
        (5, 2, [[1, 2], [2, 3], [3, 4], [4, 5]]),
        (5, 3, [[3, 3], [3, 3]]),
        (1, 5, [[1, 1]]),
    ]
    for length, top, intervals in cases:
        exact = expectation_by_all_arrays(length, top, intervals)
        assert expected_max_of_minima(length, top, intervals, PRIME) == fraction_mod(exact, PRIME)
    # the prompt's example
    assert expected_max_of_minima(2, 2, [[1, 1], [1, 2]], PRIME) == fraction_mod(
        Fraction(3, 2), PRIME
    )


def test_generated_instances_verify():
    for d in (0, 4, 25):
        for seed in range(20):
            problem = ENV.generate(d, seed)
            for left, right in problem.instance["intervals"]:
                assert 1 <= left <= right <= problem.instance["length"]
            assert len(innermost(problem.instance["intervals"])) >= 2
            assert ENV.verify(problem, f"<answer>{problem.answer}</answer>").correct


def test_wrong_and_malformed_answers():
    problem = ENV.generate(3, 4)
    m = problem.instance["modulus"]
    assert not ENV.verify(problem, f"<answer>{int(problem.answer) + m}</answer>").correct
    for text in ("7/3", "", "2.5"):
        assert not ENV.verify(problem, f"<answer>{text}</answer>").format_ok
    for text in ENV.near_misses(problem):
        assert not ENV.verify(problem, f"<answer>{text}</answer>").correct


def test_innermost_intervals():
    assert innermost([[1, 4], [2, 3], [2, 3]]) == {(2, 3)}
    assert innermost([[1, 2], [2, 3], [1, 3]]) == {(1, 2), (2, 3)}
