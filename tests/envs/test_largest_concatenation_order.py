"""LargestConcatenationOrder: the exchange-rule sort against every order of small instances."""

from __future__ import annotations

import itertools
import random

import pytest

import rlve_gym
from rlve_gym.envs.sequence_array.largest_concatenation_order import largest_concatenation

ENV = rlve_gym.make("LargestConcatenationOrder")


def best_by_brute_force(numbers):
    return max(int("".join(map(str, order))) for order in itertools.permutations(numbers))


@pytest.mark.parametrize("count", range(2, 8))
def test_sort_matches_every_order(count):
    for seed in range(20):
        inst = ENV.generate_instance(random.Random(seed), {"numbers": count, "stems": 2})
        best = best_by_brute_force(inst["numbers"])
        assert int(inst["best"]) == best
        assert int("".join(map(str, ENV.solve(inst)))) == best


@pytest.mark.parametrize("seed", range(4))
def test_exactly_the_best_orders_are_accepted(seed):
    inst = ENV.generate_instance(random.Random(seed), {"numbers": 6, "stems": 1})
    accepted = 0
    for order in set(itertools.permutations(inst["numbers"])):
        ok = "".join(map(str, order)) == inst["best"]
        v = ENV.check(inst, list(order), None)
        assert v.correct == ok
        accepted += ok
    assert accepted >= 1


def test_commuting_numbers_give_several_right_orders():
    inst = {"numbers": [12, 1212, 9], "best": "9121212"}
    assert ENV.check(inst, [9, 12, 1212], None).correct
    assert ENV.check(inst, [9, 1212, 12], None).correct
    assert not ENV.check(inst, [12, 9, 1212], None).correct


def test_prompt_example_and_edge_cases():
    assert largest_concatenation([5, 50, 56]) == [56, 5, 50]
    assert largest_concatenation([7]) == [7]
    assert largest_concatenation([3, 3, 3]) == [3, 3, 3]
    assert largest_concatenation([3, 30, 34, 5, 9]) == [9, 5, 34, 3, 30]


def test_wrong_multisets_and_malformed_answers():
    problem = ENV.generate(4, 3)
    numbers = problem.instance["numbers"]
    v = ENV.check(problem.instance, numbers[:-1] + [numbers[-1] + 1], None)
    assert not v.correct and "exactly the given numbers" in v.reason
    for text in ("", " ".join(map(str, numbers[:-1])), "12345678 " * len(numbers), "a b"):
        v = ENV.verify(problem, f"<answer>{text}</answer>")
        assert not v.correct and not v.format_ok
