"""MixedEulerianCircuit: the reference circuit verified with networkx (orientation balanced,
circuit Eulerian in the oriented multigraph), and the checker on hand-made walks."""

from __future__ import annotations

import networkx as nx
import pytest

import rlve_gym
from rlve_gym import provenance
from rlve_gym.envs.graph.mixed_eulerian_circuit import balanced_orientation

ENV = rlve_gym.make("MixedEulerianCircuit")


@pytest.mark.parametrize("difficulty", range(0, 16, 3))
def test_reference_orientation_is_eulerian_per_networkx(difficulty):
    for seed in range(10):
        problem = ENV.generate(difficulty, seed)
        n, edges = problem.instance["n"], problem.instance["edges"]
        arcs = balanced_orientation(n, edges)
        g = nx.MultiDiGraph()
        g.add_nodes_from(range(n))
        g.add_edges_from(map(tuple, arcs))
        assert nx.is_eulerian(g)
        for (u, v, d), arc in zip(edges, arcs, strict=False):
            assert arc == [u, v] or (not d and arc == [v, u])
        walk = [int(x) for x in problem.answer.split()]
        assert len(walk) == len(edges) + 1


def _problem(n, edges):
    base = ENV.generate(0, 0)
    problem = rlve_gym.Problem(base.env_name, base.version, 0, 0, "p", "", {"n": n, "edges": edges})
    provenance.remember(problem)  # a hand-made instance, not one the generator gives
    return problem


def test_hand_made_mixed_triangle_and_square():
    # triangle 0 -> 1, 1 -- 2, 2 -- 0: only the direction 0, 1, 2, 0 works
    problem = _problem(3, [[0, 1, 1], [1, 2, 0], [0, 2, 0]])

    def verify(text):
        return ENV.verify(problem, f"<answer>{text}</answer>")

    assert verify("0 1 2 0").correct and verify("1 2 0 1").correct
    assert "against an arc" in verify("0 2 1 0").reason
    assert "does not end" in verify("0 1 2 1").reason
    assert "4 vertices" in verify("0 1 2").reason
    assert "not a vertex" in verify("0 1 7 0").reason


def test_no_orientation_when_imbalanced():
    # two arcs into 1 and nothing out of it can never be balanced
    assert balanced_orientation(3, [[0, 1, 1], [2, 1, 1], [0, 2, 0]]) is None
    assert balanced_orientation(3, [[0, 1, 0], [1, 2, 0], [0, 2, 0]]) is not None
