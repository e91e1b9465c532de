"""TopologicalSort: every topological order of small instances is accepted (networkx enumerates
them) and every other permutation is rejected."""

from __future__ import annotations

import itertools
import random

import networkx as nx
import pytest

import rlve_gym
from rlve_gym import provenance

ENV = rlve_gym.make("TopologicalSort")


def _verify(problem, order):
    return ENV.verify(problem, "<answer>" + " ".join(map(str, order)) + "</answer>")


def _digraph(instance):
    g = nx.DiGraph()
    g.add_nodes_from(range(instance["n"]))
    g.add_edges_from(map(tuple, instance["constraints"]))
    return g


@pytest.mark.parametrize("difficulty", range(8))
def test_constraints_are_acyclic_and_reference_is_an_order(difficulty):
    for seed in range(20):
        problem = ENV.generate(difficulty, seed)
        g = _digraph(problem.instance)
        assert nx.is_directed_acyclic_graph(g)
        order = [int(x) for x in problem.answer.split()]
        position = {v: i for i, v in enumerate(order)}
        assert sorted(order) == list(range(problem.instance["n"]))
        assert all(position[u] < position[v] for u, v in g.edges())


def _small_problem(n, constraints, seed):
    """A problem on ``n`` items (the schedule starts at 8, too many orders to try them all),
    registered so that the verifier accepts it."""
    sizes = {"items": n, "constraints": constraints}
    instance = ENV.generate_instance(random.Random(f"small:{n}:{seed}"), sizes)
    base = ENV.generate(0, seed)
    problem = rlve_gym.Problem(
        base.env_name, base.version, 0, seed, "p", ENV.format_answer(ENV.solve(instance)), instance
    )
    provenance.remember(problem)
    return problem


def test_exactly_the_topological_orders_are_accepted():
    several = 0
    for seed in range(10):
        problem = _small_problem(6, 6, seed)
        valid = {tuple(o) for o in nx.all_topological_sorts(_digraph(problem.instance))}
        several += len(valid) > 1
        for perm in itertools.permutations(range(problem.instance["n"])):
            verdict = _verify(problem, perm)
            assert verdict.correct == (perm in valid), (perm, verdict)
    assert several >= 5


def test_not_a_permutation_is_wrong():
    problem = ENV.generate(2, 3)
    n = problem.instance["n"]
    assert "exactly once" in _verify(problem, list(range(n - 1))).reason
    assert "exactly once" in _verify(problem, [0] * n).reason
    assert "exactly once" in _verify(problem, list(range(1, n + 1))).reason


def test_violated_constraint_is_named():
    problem = ENV.generate(0, 0)
    u, v = problem.instance["constraints"][0]
    order = [int(x) for x in problem.answer.split()]
    swapped = [v if x == u else u if x == v else x for x in order]
    verdict = _verify(problem, swapped)
    assert not verdict.correct and verdict.format_ok and "must come before" in verdict.reason


def test_malformed_answers_are_format_errors():
    problem = ENV.generate(1, 0)
    for text in ("0 < 1 < 2", "first", "1 2 3 4 5 6 7 8 9 10 11 12"):
        verdict = ENV.verify(problem, f"<answer>{text}</answer>")
        assert not verdict.correct and not verdict.format_ok
