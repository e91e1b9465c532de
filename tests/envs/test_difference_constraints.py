"""DifferenceConstraints: the reference satisfies every constraint (checked directly), and on
tiny systems the checker's verdict agrees with direct evaluation over all small assignments."""

from __future__ import annotations

import itertools

import networkx as nx
import pytest

import rlve_gym
from rlve_gym.envs.graph.difference_constraints import bellman_ford_solution

ENV = rlve_gym.make("DifferenceConstraints")


def _verify(problem, values):
    return ENV.verify(problem, "<answer>" + " ".join(map(str, values)) + "</answer>")


def _holds(values, constraints):
    return all(values[i] - values[j] <= c for i, j, c in constraints)


@pytest.mark.parametrize("difficulty", range(8))
def test_reference_satisfies_every_constraint_and_zero_does_not(difficulty):
    for seed in range(25):
        problem = ENV.generate(difficulty, seed)
        constraints = problem.instance["constraints"]
        values = [int(x) for x in problem.answer.split()]
        assert _holds(values, constraints)
        assert not _holds([0] * problem.instance["n"], constraints)
        # feasibility cross-check: the constraint graph has no negative cycle
        g = nx.DiGraph()
        g.add_weighted_edges_from((j, i, c) for i, j, c in constraints)
        assert not nx.negative_edge_cycle(g)


def test_checker_agrees_with_direct_evaluation_on_every_small_assignment():
    problem = ENV.generate(0, 3)
    constraints = problem.instance["constraints"]
    accepted = 0
    for values in itertools.product(range(-4, 5), repeat=problem.instance["n"]):
        verdict = _verify(problem, values)
        assert verdict.correct == _holds(values, constraints)
        accepted += verdict.correct
    assert accepted >= 2


def test_shifted_solutions_are_accepted():
    problem = ENV.generate(5, 1)
    values = [int(x) for x in problem.answer.split()]
    assert _verify(problem, [v + 1000 for v in values]).correct
    assert _verify(problem, [v - 77 for v in values]).correct


def test_infeasible_system_is_detected():
    assert bellman_ford_solution(2, [[0, 1, -1], [1, 0, -1]]) is None
    assert bellman_ford_solution(2, [[0, 1, -1], [1, 0, 1]]) is not None


def test_wrong_answers_have_reasons_and_bounds_are_enforced():
    problem = ENV.generate(2, 0)
    n = problem.instance["n"]
    values = [int(x) for x in problem.answer.split()]
    assert "exceeds" in _verify(problem, [0] * n).reason
    assert "between" in _verify(problem, [v + 10**10 for v in values]).reason
    assert not _verify(problem, values[:-1]).format_ok
    assert not _verify(problem, values + [0]).format_ok
