"""MinMaxAdjacentGapWithZero: the binary search against trying every reachable final array."""

from __future__ import annotations

import itertools
import random

import pytest

import rlve_gym
from rlve_gym.envs.sequence_array import min_max_adjacent_gap_with_zero as gap_module
from rlve_gym.envs.sequence_array.min_max_adjacent_gap_with_zero import (
    cheapest_cost,
    smallest_gap,
)

ENV = rlve_gym.make("MinMaxAdjacentGapWithZero")


def brute_force(values, budget):
    """Every final array B with 0 <= B <= A, a zero, and sum(A - B) <= budget."""
    best = None
    for final in itertools.product(*(range(v + 1) for v in values)):
        if 0 not in final or sum(values) - sum(final) > budget:
            continue
        gap = max((abs(x - y) for x, y in itertools.pairwise(final)), default=0)
        best = gap if best is None else min(best, gap)
    return best


def cost_by_brute_force(values, limit):
    return min(
        sum(values) - sum(final)
        for final in itertools.product(*(range(v + 1) for v in values))
        if 0 in final and all(abs(x - y) <= limit for x, y in itertools.pairwise(final))
    )


def verdict(problem, text):
    return ENV.verify(problem, f"<answer>{text}</answer>")


@pytest.mark.parametrize("length", (1, 2, 3, 4))
def test_solver_matches_brute_force_for_every_budget(length):
    rng = random.Random(length)
    for _ in range(25):
        values = [rng.randint(0, 5) for _ in range(length)]
        for budget in range(min(values), sum(values) + 1):
            assert smallest_gap(values, budget) == brute_force(values, budget), (values, budget)


def test_cheapest_cost_matches_brute_force():
    rng = random.Random(7)
    for _ in range(40):
        values = [rng.randint(0, 4) for _ in range(rng.randint(2, 5))]
        for limit in range(max(values) + 1):
            assert cheapest_cost(values, limit) == cost_by_brute_force(values, limit)


def test_generated_small_instances_match_brute_force():
    for seed in range(40):
        inst = ENV.generate_instance(random.Random(seed), {"length": 4, "max_value": 6})
        assert inst["budget"] >= min(inst["values"])
        assert ENV.solve(inst) == brute_force(inst["values"], inst["budget"])
        assert ENV.solve(inst) >= 1


def test_generated_references_verify_and_answers_spread():
    answers = set()
    for seed in range(40):
        problem = ENV.generate(0, seed)
        inst = problem.instance
        assert cheapest_cost(inst["values"], int(problem.answer)) <= inst["budget"]
        assert cheapest_cost(inst["values"], int(problem.answer) - 1) > inst["budget"]
        answers.add(problem.answer)
    assert len(answers) >= 20


def test_examples_edge_cases_and_fallback(monkeypatch):
    assert smallest_gap([3, 5, 4], 5) == 3  # the prompt's example
    assert smallest_gap([3, 5, 4], 3) == 5
    assert smallest_gap([4, 4, 4], 4) == 4  # all equal: one entry to 0
    assert smallest_gap([0, 7], 0) == 7
    assert smallest_gap([6], 6) == 0
    monkeypatch.setattr(gap_module, "random_values", lambda rng, n, low, high: [0] * n)
    inst = ENV.generate_instance(random.Random(1), {"length": 5, "max_value": 9})
    assert inst["values"] == [0, 0, 0, 0, 9] and ENV.solve(inst) >= 1


def test_close_and_malformed_answers_are_rejected():
    problem = ENV.generate(2, 5)
    ref = int(problem.answer)
    for text in (str(ref + 1), str(ref - 1)):
        v = verdict(problem, text)
        assert not v.correct and v.format_ok
    for text in ("", "1 2", "x"):
        assert not verdict(problem, text).format_ok
