"""RecurrenceTermsSubsetSum: solver and checker against enumerating every index subset."""

from __future__ import annotations

import random
from itertools import combinations

import pytest

import rlve_gym
from rlve_gym.envs.number_theory.recurrence_terms_subset_sum import (
    sequence_terms,
    terms_subset_with_sum,
)

ENV = rlve_gym.make("RecurrenceTermsSubsetSum")


def all_valid_subsets(f0, a, b, n, s):
    terms = sequence_terms(f0, a, b, n)
    return [
        set(c)
        for k in range(1, n + 1)
        for c in combinations(range(1, n + 1), k)
        if sum(terms[i - 1] for i in c) == s
    ]


def test_solver_finds_a_subset_exactly_when_one_exists():
    rng = random.Random(6)
    for _ in range(1500):
        a = rng.choice([1, 1, 2, 3, 5])
        f0, b, n = rng.randint(0, 6), rng.randint(0 if a > 1 else 1, 6), rng.randint(1, 8)
        if a > 1 and f0 == 0 and b == 0:
            continue
        s = rng.randint(1, sum(sequence_terms(f0, a, b, n)) + 3)
        valid = all_valid_subsets(f0, a, b, n, s)
        found = terms_subset_with_sum(f0, a, b, n, s)
        assert (found is not None) == bool(valid)
        if found is not None:
            assert set(found) in valid and len(set(found)) == len(found)


@pytest.mark.parametrize("n", [4, 5, 6, 7])
def test_checker_accepts_exactly_the_valid_subsets(n):
    # the generator at small sizes (the schedule starts at N = 12; every subset is tried here)
    rng = random.Random(n)
    for _ in range(15):
        inst = ENV.generate_instance(rng, {"n": n})
        valid = all_valid_subsets(inst["f0"], inst["a"], inst["b"], inst["n"], inst["s"])
        assert valid
        if inst["a"] >= 2:
            assert len(valid) == 1  # superincreasing: the subset is unique
        for k in range(1, inst["n"] + 1):
            for c in combinations(range(1, inst["n"] + 1), k):
                order = list(c)
                random.Random(k).shuffle(order)
                assert ENV.check(inst, order, None).correct == (set(c) in valid)


def test_arithmetic_progression_accepts_several_answers():
    instance = {"f0": 0, "a": 1, "b": 1, "n": 5, "s": 5}  # F(n) = n
    for answer in ([5], [1, 4], [2, 3], [4, 1]):
        assert ENV.check(instance, answer, None).correct
    for answer in ([1, 1, 3], [0, 5], [6], [], [1, 2]):
        assert not ENV.check(instance, answer, None).correct
    problem = ENV.generate(2, 0)
    assert not ENV.verify(problem, "<answer>1 x</answer>").format_ok


def test_blind_answer_every_index_is_never_accepted():
    # regression: planting all N indices made "1 2 ... N" correct on a third of level-0 seeds
    for difficulty in (0, 1, 3, 10):
        for seed in range(60):
            problem = ENV.generate(difficulty, seed)
            every = " ".join(map(str, range(1, problem.instance["n"] + 1)))
            assert not ENV.verify(problem, f"<answer>{every}</answer>").correct


def test_blind_subsets_are_well_formed_and_rarely_right():
    # regression: the default blind answer kept the reference's length and range, and was right
    # on a third of the level-0 tries when the terms form an arithmetic progression
    rng = random.Random(6)
    right = 0
    for seed in range(100):
        problem = ENV.generate(0, seed)
        verdict = ENV.verify(
            problem, f"<answer>{ENV.random_answer(problem, rng, problem)}</answer>"
        )
        assert verdict.format_ok
        right += verdict.correct
    assert right <= 5
