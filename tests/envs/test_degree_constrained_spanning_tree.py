"""DegreeConstrainedSpanningTree against networkx: every spanning tree of small graphs
(SpanningTreeIterator) is accepted exactly when its degrees match the prescribed ones."""

from __future__ import annotations

import networkx as nx
import pytest

import rlve_gym
from rlve_gym.graphs import format_edge_pairs

ENV = rlve_gym.make("DegreeConstrainedSpanningTree")


def _verify(problem, edges):
    return ENV.verify(problem, f"<answer>{format_edge_pairs(edges)}</answer>")


@pytest.mark.parametrize("difficulty", range(3))
def test_every_spanning_tree_is_judged_by_its_degrees(difficulty):
    several = 0
    for seed in range(8):
        problem = ENV.generate(difficulty, seed)
        inst = problem.instance
        g = nx.Graph(list(map(tuple, inst["edges"])))
        accepted = 0
        for count, tree in enumerate(nx.SpanningTreeIterator(g)):
            if count > 3000:
                break
            ok = [tree.degree(v) for v in range(inst["n"])] == inst["degrees"]
            assert _verify(problem, list(tree.edges())).correct == ok
            accepted += ok
        several += accepted > 1
    assert several >= 1 or difficulty == 0


def test_planted_tree_has_the_degrees_and_is_in_the_graph():
    for d in (0, 5, 20):
        for seed in range(5):
            inst = ENV.generate(d, seed).instance
            g = nx.Graph(list(map(tuple, inst["edges"])))
            t = nx.Graph(list(map(tuple, inst["planted"])))
            assert nx.is_tree(t) and t.number_of_nodes() == inst["n"]
            assert all(g.has_edge(u, v) for u, v in inst["planted"])
            assert [t.degree(v) for v in range(inst["n"])] == inst["degrees"]


def test_faults_have_reasons():
    problem = ENV.generate(3, 1)
    tree = problem.instance["planted"]
    assert "edges" in _verify(problem, tree[:-1]).reason
    n = problem.instance["n"]
    missing = next(
        (u, v)
        for u in range(n)
        for v in range(u + 1, n)
        if [u, v] not in problem.instance["edges"] and [v, u] not in problem.instance["edges"]
    )
    assert "not an edge" in _verify(problem, tree[:-1] + [list(missing)]).reason
    miss = ENV.near_misses(problem)
    if len(miss) > 2:
        assert "degree" in ENV.verify(problem, f"<answer>{miss[2]}</answer>").reason
