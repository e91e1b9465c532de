"""AndOrMonotoneArrayCounting: the interval DP against trying every array B."""

from __future__ import annotations

import random
from itertools import product

import rlve_gym
from rlve_gym.envs.combinatorics_counting.and_or_monotone_arrays import (
    count_and_or_arrays,
    monotone_bit_columns,
)

ENV = rlve_gym.make("AndOrMonotoneArrayCounting")
PRIME = 1_000_000_007


def brute_force(values, bits):
    n = len(values)
    return sum(
        all(
            (values[i] & b[i]) <= (values[i + 1] & b[i + 1])
            and (values[i] | b[i]) >= (values[i + 1] | b[i + 1])
            for i in range(n - 1)
        )
        for b in product(range(1 << bits), repeat=n)
    )


def test_solver_matches_enumeration_on_random_small_arrays():
    rng = random.Random(7)
    for _ in range(250):
        n, bits = rng.randint(1, 4), rng.randint(1, 3)
        values = [rng.randrange(1 << bits) for _ in range(n)]
        assert count_and_or_arrays(values, bits, PRIME) == brute_force(values, bits), (values, bits)


def test_solver_matches_enumeration_on_small_generated_instances():
    for seed in range(15):
        inst = ENV.generate_instance(random.Random(seed), {"length": 3, "bits": 3})
        assert ENV.solve(inst) == brute_force(inst["values"], inst["bits"]) % inst["modulus"]


def test_edge_cases():
    # one position: every B works (2**bits arrays)
    assert count_and_or_arrays([5], 3, PRIME) == 8
    # A all zero: AND is always 0, OR = B must be non-increasing: C(2**bits + n - 1, n)
    assert count_and_or_arrays([0, 0], 2, PRIME) == 10
    # A all ones: OR is constant, AND = B non-decreasing
    assert count_and_or_arrays([3, 3, 3], 2, PRIME) == 20
    # a modulus smaller than the count reduces it
    assert count_and_or_arrays([0, 0], 2, 7) == 3
    # no columns at all: one (empty) filling
    assert monotone_bit_columns([], PRIME) == 1


def test_checker_rejects_unreduced_wrong_and_malformed_answers():
    problem = ENV.generate(difficulty=10, seed=2)
    ref, modulus = int(problem.answer), problem.instance["modulus"]
    assert ENV.verify(problem, f"<answer>{ref}</answer>").correct
    assert not ENV.verify(problem, f"<answer>{ref + modulus}</answer>").correct
    assert not ENV.verify(problem, f"<answer>{(ref + 1) % modulus}</answer>").correct
    assert not ENV.verify(problem, "<answer>many</answer>").format_ok
