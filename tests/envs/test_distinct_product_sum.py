"""DistinctProductSum: interpolated symmetric sums against summing over every sequence."""

from __future__ import annotations

import random
from itertools import permutations
from math import prod

import rlve_gym
from rlve_gym.envs.combinatorics_counting.distinct_product_sum import distinct_product_sum
from rlve_gym.kernels.combinatorics import interpolate_consecutive

ENV = rlve_gym.make("DistinctProductSum")
MOD = 998_244_353


def brute_force(n, k):
    return sum(prod(seq) for seq in permutations(range(1, k + 1), n))


def test_matches_enumeration_for_all_small_sizes():
    for n in range(0, 6):
        for k in range(0, 8):
            assert distinct_product_sum(n, k, MOD) == brute_force(n, k) % MOD, (n, k)


def test_small_generated_instances_match_enumeration():
    for seed in range(20):
        inst = ENV.generate_instance(random.Random(seed), {"max_length": 4, "value_digits": 1})
        assert ENV.solve(inst) == brute_force(inst["length"], inst["largest"]) % inst["modulus"]


def test_large_k_against_exact_symmetric_polynomial():
    n, k = 4, 300
    elementary = [1] + [0] * n
    for value in range(1, k + 1):
        for j in range(n, 0, -1):
            elementary[j] += value * elementary[j - 1]
    assert distinct_product_sum(n, k, MOD) == 24 * elementary[n] % MOD


def test_interpolation_kernel():
    rng = random.Random(3)
    coefficients = [rng.randrange(MOD) for _ in range(6)]

    def poly(x):
        return sum(c * x**i for i, c in enumerate(coefficients)) % MOD

    samples = [poly(i) for i in range(6)]
    for x in (0, 3, 5, 6, 17, 10**12, MOD + 2):
        assert interpolate_consecutive(samples, x, MOD) == poly(x)
    assert interpolate_consecutive([], 5, MOD) == 0


def test_prompt_example_is_true():
    assert brute_force(2, 3) == 22


def test_worked_example_never_generated():
    for d in range(3):
        for seed in range(80):
            inst = ENV.generate(difficulty=d, seed=seed).instance
            assert (inst["length"], inst["largest"]) != (2, 3)
