"""DirectedHamiltonianPath: every permutation of small instances is judged exactly like a direct
check against networkx's arc set, and several different paths are accepted."""

from __future__ import annotations

import itertools

import networkx as nx
import pytest

import rlve_gym

ENV = rlve_gym.make("DirectedHamiltonianPath")


def _verify(problem, order):
    return ENV.verify(problem, "<answer>" + " ".join(map(str, order)) + "</answer>")


def _digraph(instance):
    g = nx.DiGraph()
    g.add_nodes_from(range(instance["n"]))
    g.add_edges_from(map(tuple, instance["arcs"]))
    return g


def test_every_permutation_is_judged_correctly():
    several = 0
    for difficulty, seed in [(d, s) for d in range(3) for s in range(10)]:
        problem = ENV.generate(difficulty, seed)
        g = _digraph(problem.instance)
        valid = 0
        for order in itertools.permutations(range(problem.instance["n"])):
            expected = all(g.has_edge(a, b) for a, b in zip(order, order[1:], strict=False))
            assert _verify(problem, order).correct == expected
            valid += expected
        assert valid >= 1
        several += valid > 1
    assert several >= 5


@pytest.mark.parametrize("difficulty", [0, 5, 10, 20, 30])
def test_reference_is_a_hamiltonian_path_and_the_graph_is_simple(difficulty):
    for seed in range(10):
        problem = ENV.generate(difficulty, seed)
        g = _digraph(problem.instance)
        path = [int(x) for x in problem.answer.split()]
        assert nx.is_simple_path(g, path) and len(path) == problem.instance["n"]
        assert g.number_of_edges() == len(problem.instance["arcs"])
        assert nx.number_of_selfloops(g) == 0


def test_faults_have_reasons():
    problem = ENV.generate(3, 2)
    path = [int(x) for x in problem.answer.split()]
    assert "exactly once" in _verify(problem, path[:-1]).reason
    assert "exactly once" in _verify(problem, path[:-1] + path[:1]).reason
    reversed_verdict = _verify(problem, path[::-1])
    assert not reversed_verdict.correct and "no edge" in reversed_verdict.reason
