"""MinimumSpanningTree against networkx: the stored optimum, the reference tree, and every
spanning tree of small graphs (accepted exactly when its weight is minimal)."""

from __future__ import annotations

import networkx as nx
import pytest

import rlve_gym
from rlve_gym import provenance
from rlve_gym.graphs import format_edge_pairs

ENV = rlve_gym.make("MinimumSpanningTree")


def _graph(instance):
    g = nx.Graph()
    g.add_nodes_from(range(instance["n"]))
    g.add_weighted_edges_from(map(tuple, instance["edges"]))
    return g


def _verify(problem, text):
    return ENV.verify(problem, f"<answer>{text}</answer>")


@pytest.mark.parametrize("difficulty", range(6))
def test_optimum_matches_networkx(difficulty):
    for seed in range(30):
        problem = ENV.generate(difficulty, seed)
        g = _graph(problem.instance)
        assert nx.is_connected(g)
        expected = nx.minimum_spanning_tree(g).size(weight="weight")
        assert problem.instance["mst_weight"] == expected


def test_every_spanning_tree_is_judged_by_its_weight():
    accepted_counts = []
    for seed in range(12):
        problem = ENV.generate(0, seed)
        g = _graph(problem.instance)
        best = problem.instance["mst_weight"]
        accepted = 0
        for tree in nx.SpanningTreeIterator(g):
            edges = list(tree.edges())
            verdict = _verify(problem, format_edge_pairs(edges))
            assert verdict.correct == (tree.size(weight="weight") == best), (edges, verdict)
            accepted += verdict.correct
        accepted_counts.append(accepted)
    assert max(accepted_counts) >= 2  # ties occur, and every tied tree is accepted


def test_endpoint_order_and_edge_order_do_not_matter():
    problem = ENV.generate(3, 4)
    pairs = [p.split() for p in problem.answer.split(", ")]
    flipped = ", ".join(f"{v} {u}" for u, v in reversed(pairs))
    assert _verify(problem, flipped).correct
    assert _verify(problem, "(" + "), (".join(f"{u},{v}" for u, v in pairs) + ")").correct


def test_invalid_trees_are_wrong_with_reasons():
    instance = {
        "n": 4,
        "edges": [[0, 1, 1], [1, 2, 1], [0, 2, 1], [2, 3, 5], [0, 3, 2]],
        "mst_weight": 4,
    }
    base = ENV.generate(0, 0)
    problem = rlve_gym.Problem(base.env_name, base.version, 0, 0, "p", "0 1, 1 2, 0 3", instance)
    provenance.remember(problem)  # a hand-made instance, not one the generator gives
    assert _verify(problem, "0 1, 1 2, 0 3").correct
    assert _verify(problem, "0 2, 2 1, 3 0").correct
    assert "cycle" in _verify(problem, "0 1, 1 2, 0 2").reason
    assert "not an edge" in _verify(problem, "0 1, 1 3, 0 3").reason
    assert "more than once" in _verify(problem, "0 1, 1 0, 0 3").reason
    assert "3 edges" in _verify(problem, "0 1, 0 3").reason
    assert "not the minimum" in _verify(problem, "0 1, 1 2, 2 3").reason
    assert "not a vertex" in _verify(problem, "0 1, 1 2, 0 7").reason


def test_malformed_answers_are_format_errors():
    problem = ENV.generate(2, 1)
    for text in ("0 1, 1", "0-1, 1-2", "a b", "0 1, " * 100):
        verdict = _verify(problem, text)
        assert not verdict.correct and not verdict.format_ok, text
