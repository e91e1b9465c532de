"""GraphIsomorphism: on small instances every permutation is judged exactly like networkx's
isomorphism matcher (the accepted set is the set of all isomorphisms)."""

from __future__ import annotations

import itertools

import networkx as nx
import pytest

import rlve_gym

ENV = rlve_gym.make("GraphIsomorphism")


def _graph(n, edges):
    g = nx.Graph()
    g.add_nodes_from(range(n))
    g.add_edges_from(map(tuple, edges))
    return g


def _verify(problem, mapping):
    return ENV.verify(problem, "<answer>" + " ".join(map(str, mapping)) + "</answer>")


def test_accepted_permutations_are_exactly_the_isomorphisms():
    several = 0
    for difficulty, seed in [(d, s) for d in range(2) for s in range(8)]:
        problem = ENV.generate(difficulty, seed)
        n = problem.instance["n"]
        g1, g2 = _graph(n, problem.instance["first"]), _graph(n, problem.instance["second"])
        isomorphisms = {
            tuple(m[v] for v in range(n))
            for m in nx.isomorphism.GraphMatcher(g1, g2).isomorphisms_iter()
        }
        assert isomorphisms
        several += len(isomorphisms) > 1
        for perm in itertools.permutations(range(n)):
            assert _verify(problem, perm).correct == (perm in isomorphisms)
    assert several >= 5


@pytest.mark.parametrize("difficulty", [5, 10, 20])
def test_large_instances_are_isomorphic_simple_graphs(difficulty):
    for seed in range(5):
        problem = ENV.generate(difficulty, seed)
        n = problem.instance["n"]
        g1, g2 = _graph(n, problem.instance["first"]), _graph(n, problem.instance["second"])
        assert g1.number_of_edges() == len(problem.instance["first"]) == g2.number_of_edges()
        assert nx.is_isomorphic(g1, g2)


def test_faults_have_reasons():
    problem = ENV.generate(4, 0)
    mapping = [int(x) for x in problem.answer.split()]
    assert "exactly once" in _verify(problem, mapping[:-1] + mapping[:1]).reason
    assert not _verify(problem, mapping[:-1]).correct
    assert "not an edge of G2" in _verify(problem, ENV.near_misses(problem)[-1].split()).reason
