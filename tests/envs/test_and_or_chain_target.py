"""AndOrChainTargetCounting: the interval formula against evaluating every operator choice."""

from __future__ import annotations

import random
from itertools import product

import pytest

import rlve_gym
from rlve_gym.envs.combinatorics_counting.and_or_chain_target import (
    count_operator_choices,
    evaluate,
)

ENV = rlve_gym.make("AndOrChainTargetCounting")


def brute_force(strings, target):
    return sum(
        evaluate(strings, list(ops)) == target
        for ops in product(("AND", "OR"), repeat=len(strings) - 1)
    )


def test_formula_matches_enumeration_for_every_target_on_random_strings():
    rng = random.Random(5)
    for _ in range(150):
        n, m = rng.randint(1, 6), rng.randint(1, 4)
        strings = ["0" * m] + ["".join(rng.choice("01") for _ in range(m)) for _ in range(n)]
        for bits in product("01", repeat=m):
            target = "".join(bits)
            assert count_operator_choices(strings, target) == brute_force(strings, target), (
                strings,
                target,
            )


def test_formula_matches_enumeration_on_generated_levels():
    for d in range(3):
        for seed in range(6):
            problem = ENV.generate(difficulty=d, seed=seed)
            inst = problem.instance
            assert int(problem.answer) == brute_force(inst["strings"], inst["target"])


def test_edge_cases():
    assert count_operator_choices(["00", "11"], "11") == 1  # only OR
    assert count_operator_choices(["00", "11"], "00") == 1  # only AND
    assert count_operator_choices(["00", "10"], "01") == 0  # the second bit can never become 1
    assert count_operator_choices(["0", "0", "0"], "0") == 4  # every choice gives 0
    with pytest.raises(ValueError):
        count_operator_choices(["1", "0"], "0")


def test_checker_rejects_neighbours_and_junk():
    problem = ENV.generate(difficulty=12, seed=4)
    ref = int(problem.answer)
    assert ENV.verify(problem, f"<answer>{ref}</answer>").correct
    assert not ENV.verify(problem, f"<answer>{ref + 1}</answer>").correct
    assert not ENV.verify(problem, "<answer>1e9</answer>").format_ok
