"""BridgeEdges against networkx.bridges, plus order-free checking and hand-made edge cases."""

from __future__ import annotations

import networkx as nx
import pytest

import rlve_gym
from rlve_gym import provenance
from rlve_gym.graphs import bridges

ENV = rlve_gym.make("BridgeEdges")


def _verify(problem, text):
    return ENV.verify(problem, f"<answer>{text}</answer>")


def _expected(n, edges):
    g = nx.Graph()
    g.add_nodes_from(range(n))
    g.add_edges_from(map(tuple, edges))
    return sorted([min(u, v), max(u, v)] for u, v in nx.bridges(g))


@pytest.mark.parametrize("difficulty", range(8))
def test_solver_matches_networkx(difficulty):
    for seed in range(30):
        problem = ENV.generate(difficulty, seed)
        instance = problem.instance
        assert ENV.solve(instance) == _expected(instance["n"], instance["edges"])
        assert ENV.solve(instance), "every instance has at least one bridge"


def test_bridges_on_random_graphs_match_networkx():
    import random

    from rlve_gym.graphs import random_graph

    rng = random.Random(0)
    for _ in range(300):
        n = rng.randint(1, 12)
        edges = random_graph(rng, n, rng.randint(0, 20))
        assert bridges(n, edges) == _expected(n, edges)


def test_some_instances_are_disconnected():
    disconnected = 0
    for seed in range(40):
        instance = ENV.generate(4, seed).instance
        g = nx.Graph(list(map(tuple, instance["edges"])))
        g.add_nodes_from(range(instance["n"]))
        disconnected += not nx.is_connected(g)
    assert 3 <= disconnected <= 25


def test_order_and_orientation_do_not_matter():
    problem = ENV.generate(6, 2)
    pairs = [p.split() for p in problem.answer.split(", ")]
    assert _verify(problem, ", ".join(f"{v} {u}" for u, v in reversed(pairs))).correct


def test_hand_made_graph():
    # triangle 0-1-2 with a pendant path 2-3-4, and an isolated vertex 5
    instance = {"n": 6, "edges": [[0, 1], [1, 2], [0, 2], [2, 3], [3, 4]]}
    assert ENV.solve(instance) == [[2, 3], [3, 4]]
    base = ENV.generate(0, 0)
    problem = rlve_gym.Problem(base.env_name, base.version, 0, 0, "p", "2 3, 3 4", instance)
    provenance.remember(problem)  # a hand-made instance, not one the generator gives
    assert _verify(problem, "3 4, 3 2").correct
    assert "not a bridge" in _verify(problem, "2 3, 3 4, 0 1").reason
    assert "missing" in _verify(problem, "2 3").reason
    assert "not an edge" in _verify(problem, "2 3, 3 4, 4 5").reason
    assert "more than once" in _verify(problem, "2 3, 3 4, 4 3").reason
    assert not _verify(problem, "").correct


def test_malformed_answers_are_format_errors():
    problem = ENV.generate(1, 1)
    for text in ("2 3 4", "2 - 3", "bridges: 2 3"):
        verdict = _verify(problem, text)
        assert not verdict.correct and not verdict.format_ok, text
