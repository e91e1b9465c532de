"""LeastPositiveOrderSolution: the least solution against exhaustive search over small value
ranges (feasibility and minimum sum, and uniqueness of the minimiser)."""

from __future__ import annotations

import itertools
import random

import pytest

import rlve_gym
from rlve_gym import provenance
from rlve_gym.envs.graph.least_positive_order_solution import holds, least_solution

ENV = rlve_gym.make("LeastPositiveOrderSolution")


def _verify(problem, values):
    return ENV.verify(problem, "<answer>" + " ".join(map(str, values)) + "</answer>")


def _small_problem(n, seed):
    """A generated system on few variables (the schedule starts at 7; (N+1)^N vectors are tried)."""
    sizes = {"variables": n, "relations": n + n // 2, "max_value": 2 + n // 3}
    instance = ENV.generate_instance(random.Random(seed), sizes)
    base = ENV.generate(0, seed)
    answer = ENV.format_answer(ENV.solve(instance))
    problem = rlve_gym.Problem(base.env_name, base.version, 0, seed, "p", answer, instance)
    provenance.remember(problem)  # a hand-sized instance, not one the schedule gives
    return problem


@pytest.mark.parametrize("n", (4, 5, 6))
def test_least_solution_is_the_unique_minimum_sum_solution(n):
    for seed in range(10):
        problem = _small_problem(n, seed)
        n, relations = problem.instance["n"], problem.instance["relations"]
        feasible = [
            v
            for v in itertools.product(range(1, n + 2), repeat=n)
            if all(holds(v[a], op, v[b]) for a, op, b in relations)
        ]
        best = min(sum(v) for v in feasible)
        minimisers = [v for v in feasible if sum(v) == best]
        assert minimisers == [tuple(int(x) for x in problem.answer.split())]
        assert best > n  # never all ones
        for v in feasible[:60]:
            assert _verify(problem, v).correct == (sum(v) == best)


def test_infeasible_cycle_and_hand_made_reasons():
    assert least_solution(2, [[0, "<", 1], [1, "<", 0]]) is None
    assert least_solution(3, [[0, "=", 1], [1, "<", 2], [2, ">=", 0]]) == [1, 1, 2]
    base = ENV.generate(0, 0)
    instance = {"n": 3, "relations": [[0, "=", 1], [1, "<", 2], [2, ">=", 0]]}
    problem = rlve_gym.Problem(base.env_name, base.version, 0, 0, "p", "1 1 2", instance)
    provenance.remember(problem)  # a hand-made instance, not one the generator gives
    assert _verify(problem, [1, 1, 2]).correct
    assert "not the smallest" in _verify(problem, [1, 1, 3]).reason
    assert "x1 < x2 does not hold" in _verify(problem, [1, 1, 1]).reason
    assert "positive" in _verify(problem, [0, 0, 1]).reason
