"""DistinctPrefixSumPermutation: zig-zag construction and checker against every permutation."""

from __future__ import annotations

import random
from itertools import accumulate, permutations

import pytest

import rlve_gym
from rlve_gym.envs.number_theory.distinct_prefix_sum_permutation import zigzag_permutation

ENV = rlve_gym.make("DistinctPrefixSumPermutation")


def valid(p, n):
    residues = [s % n for s in accumulate(p)]
    return sorted(p) == list(range(1, n + 1)) and len(set(residues)) == n


@pytest.mark.parametrize("n", range(1, 8))
def test_checker_accepts_exactly_the_valid_permutations(n):
    for p in permutations(range(1, n + 1)):
        assert ENV.check({"n": n}, list(p), None).correct == valid(list(p), n)


def test_solutions_exist_exactly_for_one_and_even_n():
    for n in range(1, 9):
        assert any(valid(list(p), n) for p in permutations(range(1, n + 1))) == (
            n == 1 or n % 2 == 0
        )


def test_zigzag_is_valid_for_every_even_n():
    for n in range(2, 400, 2):
        assert valid(zigzag_permutation(n), n)


@pytest.mark.parametrize("difficulty", [0, 1, 5, 20, 40])
def test_generated_instances_have_even_n_and_verify(difficulty):
    for seed in range(20):
        problem = ENV.generate(difficulty, seed)
        assert problem.instance["n"] % 2 == 0
        assert ENV.verify(problem, f"<answer>{problem.answer}</answer>").correct


def test_malformed_and_wrong_answers():
    problem = ENV.generate(2, 3)
    n = problem.instance["n"]
    assert not ENV.verify(problem, "<answer>1 2</answer>").format_ok
    assert not ENV.verify(problem, "<answer>" + " ".join(["1"] * n) + "</answer>").correct
    assert not ENV.verify(
        problem, "<answer>" + " ".join(map(str, range(1, n + 1))) + "</answer>"
    ).correct


def test_blind_orders_and_the_format_example_never_pass():
    # regression: N = 4 and 8 made the reversed order (and N = 4 the prompt's example) correct
    for difficulty in (0, 1, 3, 10):
        for seed in range(50):
            problem = ENV.generate(difficulty, seed)
            n = problem.instance["n"]
            assert n % 2 == 0 and n & (n - 1)
            for blind in (range(n, 0, -1), range(1, n + 1)):
                text = " ".join(map(str, blind))
                assert not ENV.verify(problem, f"<answer>{text}</answer>").correct
            assert not ENV.verify(problem, f"<answer>{ENV.answer_example}</answer>").correct


def test_pins_are_enforced_and_a_valid_answer_for_other_pins_is_rejected():
    problem = ENV.generate(2, 5)
    n = problem.instance["n"]
    assert ENV.check({"n": n}, zigzag_permutation(n), None).correct  # valid without the pins
    answer = [int(t) for t in problem.answer.split()]
    (_, second), (position, value) = problem.instance["pins"]
    assert answer[1] == second and answer[position - 1] == value
    others = [
        seed_problem.answer
        for seed in range(100)
        if (seed_problem := ENV.generate(2, seed)).instance["n"] == n
        and seed_problem.instance["pins"] != problem.instance["pins"]
    ]
    assert others
    for text in others:
        candidate = [int(t) for t in text.split()]
        assert ENV.check({"n": n}, candidate, None).correct
        pinned = all(candidate[i - 1] == v for i, v in problem.instance["pins"])
        assert ENV.verify(problem, f"<answer>{text}</answer>").correct == pinned


def test_every_unit_and_reversal_family_member_is_valid():
    for n in (14, 18, 30, 100):
        for seed in range(20):
            assert valid(ENV.valid_permutation(random.Random(seed), n), n)
