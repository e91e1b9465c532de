"""DistinctPrefixProductPermutation: ratio construction and checker against every permutation."""

from __future__ import annotations

import math
from itertools import permutations

import pytest
from sympy import isprime

import rlve_gym
from rlve_gym.envs.number_theory.distinct_prefix_product_permutation import ratio_permutation

ENV = rlve_gym.make("DistinctPrefixProductPermutation")


def valid(p, n):
    residues = [math.prod(p[: i + 1]) % n for i in range(len(p))]
    return sorted(p) == list(range(1, n + 1)) and len(set(residues)) == n


@pytest.mark.parametrize("n", range(1, 8))
def test_checker_accepts_exactly_the_valid_permutations(n):
    for p in permutations(range(1, n + 1)):
        assert ENV.check({"n": n}, list(p), None).correct == valid(list(p), n)


def test_solutions_exist_exactly_for_one_four_and_primes():
    for n in range(1, 9):
        assert any(valid(list(p), n) for p in permutations(range(1, n + 1))) == (
            n in (1, 4) or isprime(n)
        )


def test_ratio_construction_is_valid_for_four_and_every_prime():
    for n in [1, 2, 4] + [p for p in range(3, 400) if isprime(p)]:
        assert valid(ratio_permutation(n), n)


@pytest.mark.parametrize("difficulty", [0, 1, 5, 20, 40])
def test_generated_instances_are_solvable_and_verify(difficulty):
    for seed in range(20):
        problem = ENV.generate(difficulty, seed)
        n = problem.instance["n"]
        assert n == 4 or isprime(n)
        assert ENV.verify(problem, f"<answer>{problem.answer}</answer>").correct


def test_malformed_and_wrong_answers():
    problem = ENV.generate(3, 1)
    n = problem.instance["n"]
    assert not ENV.verify(problem, "<answer>1</answer>").format_ok
    assert not ENV.verify(
        problem, "<answer>" + " ".join(map(str, range(n, 0, -1))) + "</answer>"
    ).correct


def test_blind_identity_order_and_the_format_example_never_pass():
    # regression: N = 3 made the identity order 1 2 3 correct (a quarter of level-0 seeds), and
    # the prompt's example 1 3 2 4 was the one answer for N = 4
    fours = 0
    for difficulty in (0, 1, 3, 10):
        for seed in range(50):
            problem = ENV.generate(difficulty, seed)
            n = problem.instance["n"]
            fours += n == 4
            assert n != 3
            identity = " ".join(map(str, range(1, n + 1)))
            assert not ENV.verify(problem, f"<answer>{identity}</answer>").correct
            assert not ENV.verify(problem, f"<answer>{ENV.answer_example}</answer>").correct
    assert fours <= 20


def test_level_zero_offers_several_sizes():
    # regression: level 0 drew N from {3, 5, 7} (then {5, 7}): one answer per N to memorise
    sizes = {ENV.generate(0, seed).instance["n"] for seed in range(100)}
    assert {5, 7, 11, 13} <= sizes
