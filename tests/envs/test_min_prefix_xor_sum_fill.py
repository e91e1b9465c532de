"""MinPrefixXorSumFill: the bitwise rule against trying every filling with small values."""

from __future__ import annotations

import functools
import itertools
import operator
import random

import pytest

import rlve_gym
from rlve_gym.envs.sequence_array.min_prefix_xor_sum_fill import (
    UNKNOWN,
    best_block_prefix,
    fill_min_prefix_xor,
)

ENV = rlve_gym.make("MinPrefixXorSumFill")


def prefix_sum_of_xors(array):
    return sum(functools.reduce(operator.xor, array[: i + 1], 0) for i in range(len(array)))


def all_fillings(values, limit):
    """Every way to put a value in 0..limit - 1 into each unknown entry."""
    holes = [i for i, v in enumerate(values) if v == UNKNOWN]
    for choice in itertools.product(range(limit), repeat=len(holes)):
        array = list(values)
        for i, c in zip(holes, choice):
            array[i] = c
        yield list(choice), array


def small_instance(seed, length, bits=3):
    return ENV.generate_instance(random.Random(seed), {"length": length, "bits": bits})


@pytest.mark.parametrize("length", range(4, 10))
def test_optimum_matches_every_filling(length):
    for seed in range(12):
        inst = small_instance(seed, length)
        if inst["values"].count(UNKNOWN) > 3:
            continue
        # an optimal filling never needs a bit above the known values' top bit
        best = min(prefix_sum_of_xors(a) for _, a in all_fillings(inst["values"], 8))
        assert inst["best_sum"] == best
        assert ENV.check(inst, ENV.solve(inst), None).correct


@pytest.mark.parametrize("seed", range(8))
def test_exactly_the_optimal_fillings_are_accepted(seed):
    inst = small_instance(seed, 7, bits=2)
    accepted = 0
    for choice, array in all_fillings(inst["values"], 8):
        ok = prefix_sum_of_xors(array) == inst["best_sum"]
        v = ENV.check(inst, choice, None)
        assert v.correct == ok and v.score == float(ok)
        accepted += ok
    assert accepted >= 1


def test_block_rule_against_every_x():
    rng = random.Random(1)
    for _ in range(200):
        following = [rng.randint(0, 15) for _ in range(rng.randint(0, 6))]
        costs = [x + sum(x ^ c for c in following) for x in range(64)]
        x = best_block_prefix(following)
        assert costs[x] == min(costs)


def test_edge_cases():
    assert fill_min_prefix_xor([UNKNOWN]) == [0]
    assert fill_min_prefix_xor([6, UNKNOWN]) == [6]  # cancel the prefix
    # all entries unknown: every prefix can be 0
    inst = {"values": [UNKNOWN] * 3, "best_sum": 0}
    assert ENV.check(inst, [0, 0, 0], None).correct
    assert not ENV.check(inst, [0, 1, 1], None).correct  # P = 0, 1, 0
    # the prompt's example: 4 and 5 both give S = 6
    inst = {"values": [5, UNKNOWN, 1], "best_sum": 6}
    assert ENV.check(inst, [4], None).correct and ENV.check(inst, [5], None).correct


def test_negative_huge_and_malformed_answers():
    problem = ENV.generate(5, 2)
    k = problem.instance["values"].count(UNKNOWN)
    assert "non-negative" in ENV.check(problem.instance, [-1] * k, None).reason
    for text in ("", " ".join(["1"] * (k + 1)), "1" * 20, "a"):
        v = ENV.verify(problem, f"<answer>{text}</answer>")
        assert not v.correct and not v.format_ok
