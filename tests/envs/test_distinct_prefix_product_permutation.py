"""DistinctPrefixProductPermutation: ratio construction and checker against every permutation."""

from __future__ import annotations

import math
import random
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
        assert isprime(n) and n >= 17
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
    for difficulty in (0, 1, 3, 10):
        for seed in range(50):
            problem = ENV.generate(difficulty, seed)
            n = problem.instance["n"]
            identity = " ".join(map(str, range(1, n + 1)))
            assert not ENV.verify(problem, f"<answer>{identity}</answer>").correct
            assert not ENV.verify(problem, f"<answer>{ENV.answer_example}</answer>").correct


def test_level_zero_offers_several_sizes():
    sizes = {ENV.generate(0, seed).instance["n"] for seed in range(100)}
    assert {17, 19, 23, 29, 31} <= sizes


def test_pins_are_enforced_and_a_valid_answer_for_other_pins_is_rejected():
    problem = ENV.generate(2, 5)
    n = problem.instance["n"]
    assert ENV.check({"n": n}, ratio_permutation(n), None).correct  # valid without the pins
    answer = [int(t) for t in problem.answer.split()]
    (_, second), (position, value) = problem.instance["pins"]
    assert answer[1] == second and answer[position - 1] == value
    others = [
        seed_problem.answer
        for seed in range(60)
        if (seed_problem := ENV.generate(2, seed)).instance["n"] == n
        and seed_problem.instance["pins"] != problem.instance["pins"]
    ]
    assert others
    for text in others:
        candidate = [int(t) for t in text.split()]
        assert ENV.check({"n": n}, candidate, None).correct
        pinned = all(candidate[i - 1] == v for i, v in problem.instance["pins"])
        assert ENV.verify(problem, f"<answer>{text}</answer>").correct == pinned


def test_every_primitive_root_family_member_is_valid():
    for n in (17, 19, 23, 101):
        for seed in range(20):
            rng = random.Random(seed)
            assert valid(ENV.valid_permutation(rng, n), n)
