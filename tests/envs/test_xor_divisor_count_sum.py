"""XorDivisorCountSum: aligned-block formula against the double loop."""

from __future__ import annotations

import pytest
from sympy import divisor_count

import rlve_gym
from rlve_gym.envs.number_theory.xor_divisor_count_sum import aligned_blocks, xor_divisor_count_sum

ENV = rlve_gym.make("XorDivisorCountSum")
D = [0] + [int(divisor_count(v)) for v in range(1, 4096)]


def brute(n, m, x):
    return sum(D[i ^ j ^ x] for i in range(n + 1) for j in range(m + 1))


def test_aligned_blocks_partition_the_range():
    for n in range(0, 200):
        covered = [v for prefix, p in aligned_blocks(n) for v in range(prefix, prefix + (1 << p))]
        assert sorted(covered) == list(range(n + 1))


def test_small_ranges_match_the_double_loop():
    for n in range(0, 18):
        for m in range(0, 18):
            for x in (0, 1, 5, 16, 31, 100):
                assert xor_divisor_count_sum(n, m, x) == brute(n, m, x)


@pytest.mark.parametrize("difficulty", range(2))
def test_generated_instances_match_the_double_loop(difficulty):
    for seed in range(20):
        problem = ENV.generate(difficulty, seed)
        inst = problem.instance
        assert int(problem.answer) == brute(inst["n"], inst["m"], inst["x"]) > 0


def test_edge_cases():
    assert xor_divisor_count_sum(0, 0, 0) == 0  # d(0) = 0
    assert xor_divisor_count_sum(0, 0, 7) == 2  # d(7) for a prime
    assert xor_divisor_count_sum(0, 0, 16) == 5  # a prime power
    assert xor_divisor_count_sum(63, 63, 0) == 64 * sum(D[1:64])  # every value 64 times
