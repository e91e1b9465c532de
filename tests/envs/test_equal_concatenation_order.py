"""EqualConcatenationOrder: the overhang search and the checker against trying every order."""

from __future__ import annotations

import itertools
import math
import random

import pytest

import rlve_gym
from rlve_gym.envs.string.equal_concatenation_order import count_valid_orders

ENV = rlve_gym.make("EqualConcatenationOrder")


def valid_orders_by_brute_force(tops, bottoms):
    n = len(tops)
    return {
        order
        for order in itertools.permutations(range(1, n + 1))
        if "".join(tops[i - 1] for i in order) == "".join(bottoms[i - 1] for i in order)
    }


def test_worked_example_of_the_prompt():
    tops, bottoms = ["ab", "b", "a"], ["b", "b", "aa"]
    valid = valid_orders_by_brute_force(tops, bottoms)
    assert (3, 1, 2) in valid
    assert count_valid_orders(tops, bottoms, 100) == len(valid)


@pytest.mark.parametrize("seed", range(40))
def test_search_counts_match_brute_force_on_random_pairs(seed):
    rng = random.Random(seed)
    n = rng.randint(1, 6)
    tops = ["".join(rng.choice("ab") for _ in range(rng.randint(0, 3))) for _ in range(n)]
    bottoms = ["".join(rng.choice("ab") for _ in range(rng.randint(0, 3))) for _ in range(n)]
    assert count_valid_orders(tops, bottoms, 10**6) == len(
        valid_orders_by_brute_force(tops, bottoms)
    )


@pytest.mark.parametrize("seed", range(10))
def test_exactly_the_valid_orders_are_accepted(seed):
    instance = ENV.generate_instance(random.Random(seed), {"pairs": 6})
    tops, bottoms = instance["tops"], instance["bottoms"]
    valid = valid_orders_by_brute_force(tops, bottoms)
    assert tuple(ENV.solve(instance)) in valid
    assert len(valid) <= math.factorial(6) // 100
    assert sum(map(len, tops)) == sum(map(len, bottoms))
    for order in itertools.permutations(range(1, 7)):
        assert ENV.check(instance, list(order), None).correct == (order in valid)


def test_in_order_and_reversed_orders_are_never_valid():
    for d in (0, 3, 12):
        for seed in range(40):
            problem = ENV.generate(d, seed)
            n = len(problem.instance["tops"])
            for order in (range(1, n + 1), range(n, 0, -1)):
                assert not ENV.verify(
                    problem, f"<answer>{' '.join(map(str, order))}</answer>"
                ).correct


def test_limit_stops_the_count():
    tops = bottoms = ["a"] * 5  # every order is valid
    assert count_valid_orders(tops, bottoms, 7) == 7
    assert count_valid_orders(tops, bottoms, 10**6) == 120


def test_invalid_and_malformed_answers():
    problem = ENV.generate(1, 2)
    n = len(problem.instance["tops"])
    order = problem.answer.split()
    cases = {
        " ".join(order[:-1]): "expected",
        " ".join(order[:-1] + [order[0]]): "more than once",
        " ".join(order[:-1] + [str(n + 1)]): "outside",
    }
    for text, reason in cases.items():
        v = ENV.verify(problem, f"<answer>{text}</answer>")
        assert not v.correct and reason in v.reason
    for miss in ENV.near_misses(problem):
        assert not ENV.verify(problem, f"<answer>{miss}</answer>").correct
    for text in ("a b", " ".join(["1"] * (n + 2))):
        v = ENV.verify(problem, f"<answer>{text}</answer>")
        assert not v.correct and not v.format_ok
