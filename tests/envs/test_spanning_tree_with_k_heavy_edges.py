"""SpanningTreeWithKHeavyEdges against networkx: every spanning tree of small graphs is accepted
exactly when it has K weight-1 edges, the achievable range is an interval, and the constructor
reaches every K in it."""

from __future__ import annotations

import random

import networkx as nx
import pytest

import rlve_gym
from rlve_gym.envs.graph.spanning_tree_with_k_heavy_edges import (
    heavy_edge_range,
    tree_with_heavy_edges,
)
from rlve_gym.graphs import format_edge_pairs, random_connected_graph

ENV = rlve_gym.make("SpanningTreeWithKHeavyEdges")


def _graph(n, edges):
    g = nx.Graph()
    g.add_nodes_from(range(n))
    g.add_weighted_edges_from(map(tuple, edges))
    return g


@pytest.mark.parametrize("difficulty", range(3))
def test_every_spanning_tree_is_judged_by_its_heavy_count(difficulty):
    for seed in range(8):
        problem = ENV.generate(difficulty, seed)
        inst = problem.instance
        for count, tree in enumerate(nx.SpanningTreeIterator(_graph(inst["n"], inst["edges"]))):
            if count > 2000:
                break
            heavy = tree.size(weight="weight")
            verdict = ENV.verify(
                problem, f"<answer>{format_edge_pairs(list(tree.edges()))}</answer>"
            )
            assert verdict.correct == (heavy == inst["k"])


def test_range_and_construction_on_random_graphs():
    rng = random.Random(12)
    for _ in range(80):
        n = rng.randint(1, 6)  # networkx lists every spanning tree (16,807 for K7)
        edges = [
            [u, v, rng.randint(0, 1)]
            for u, v in random_connected_graph(rng, n, rng.randint(n - 1, n * (n - 1) // 2))
        ]
        counts = (
            {int(t.size(weight="weight")) for t in nx.SpanningTreeIterator(_graph(n, edges))}
            if n > 1
            else {0}
        )
        lo, hi = heavy_edge_range(n, edges)
        assert counts == set(range(lo, hi + 1))
        table = {(u, v): w for u, v, w in edges}
        for k in range(lo, hi + 1):
            tree = tree_with_heavy_edges(n, edges, k)
            assert n == 1 or nx.is_tree(nx.Graph(list(map(tuple, tree))))
            assert len(tree) == n - 1
            assert sum(table.get((u, v), table.get((v, u))) for u, v in tree) == k


def test_faults_have_reasons():
    problem = ENV.generate(4, 3)
    misses = ENV.near_misses(problem)
    assert "edges" in ENV.verify(problem, f"<answer>{misses[0]}</answer>").reason
    for miss in misses[2:]:
        assert "instead of" in ENV.verify(problem, f"<answer>{miss}</answer>").reason


@pytest.mark.parametrize("difficulty", (0, 1, 3, 10))
def test_not_every_spanning_tree_is_an_answer(difficulty):
    """Regression: lo == hi made any spanning tree correct (19% of d=0 seeds); K now lies strictly
    inside the achievable range whenever it has an interior point."""
    for seed in range(60):
        inst = ENV.generate(difficulty, seed).instance
        lo, hi = heavy_edge_range(inst["n"], inst["edges"])
        assert lo < hi
        assert lo < inst["k"] < hi or hi - lo == 1


def test_weight_fallback_has_one_heavy_edge_on_a_cycle(monkeypatch):
    from rlve_gym.envs.graph import spanning_tree_with_k_heavy_edges as module

    monkeypatch.setattr(module, "WEIGHT_ATTEMPTS", 0)
    for seed in range(10):
        problem = ENV.generate(2, seed)
        inst = problem.instance
        assert sum(w for _, _, w in inst["edges"]) == 1
        assert heavy_edge_range(inst["n"], inst["edges"]) == (0, 1)
        assert ENV.verify(problem, f"<answer>{problem.answer}</answer>").correct
