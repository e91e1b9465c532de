"""OddVisitWalk: the reference walk is valid (checked with networkx adjacency) on many graphs,
and the checker on hand-made walks."""

from __future__ import annotations

import random

import networkx as nx
import pytest

import rlve_gym
from rlve_gym import provenance
from rlve_gym.envs.graph.odd_visit_walk import odd_visit_walk

ENV = rlve_gym.make("OddVisitWalk")


def _valid(n, edges, walk):
    g = nx.Graph()
    g.add_nodes_from(range(n))
    g.add_edges_from(edges)
    return (
        0 < len(walk) <= 4 * n
        and all(g.has_edge(a, b) for a, b in zip(walk, walk[1:], strict=False))
        and all(walk.count(v) % 2 == 1 for v in range(n))
    )


@pytest.mark.parametrize("seed", range(150))
def test_reference_walk_is_valid_on_random_connected_graphs(seed):
    rng = random.Random(seed)
    n = rng.randint(1, 14)
    g = nx.gnp_random_graph(n, rng.random(), seed=seed)
    g.add_edges_from((i, i + 1) for i in range(n - 1))  # connected
    edges = [list(e) for e in g.edges()]
    assert _valid(n, edges, odd_visit_walk(n, edges))


@pytest.mark.parametrize("difficulty", range(0, 21, 4))
def test_generated_problems_verify_with_networkx(difficulty):
    for seed in range(10):
        problem = ENV.generate(difficulty, seed)
        walk = [int(x) for x in problem.answer.split()]
        assert _valid(problem.instance["n"], problem.instance["edges"], walk)


def test_hand_made_walks_on_a_path():
    base = ENV.generate(0, 0)
    instance = {"n": 3, "edges": [[0, 1], [1, 2]]}
    problem = rlve_gym.Problem(base.env_name, base.version, 0, 0, "p", "0 1 2", instance)
    provenance.remember(problem)  # a hand-made instance, not one the generator gives

    def verify(text):
        return ENV.verify(problem, f"<answer>{text}</answer>")

    assert verify("0 1 2").correct and verify("2 1 0").correct and verify("1 0 1 2 1").correct
    assert "even number" in verify("0 1 2 1").reason
    assert "no edge" in verify("0 2 1").reason
    assert "not a vertex" in verify("0 1 5").reason
    assert not verify(" ".join(["0 1"] * 7)).format_ok  # longer than 4N
