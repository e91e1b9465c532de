"""MaximumWeightMatching against networkx's blossom algorithm (max_weight_matching), and every
matching of small graphs judged by its weight."""

from __future__ import annotations

import itertools

import networkx as nx
import pytest

import rlve_gym
from rlve_gym import provenance
from rlve_gym.graphs import format_edge_pairs

ENV = rlve_gym.make("MaximumWeightMatching")


def _graph(instance):
    g = nx.Graph()
    g.add_nodes_from(range(instance["n"]))
    g.add_weighted_edges_from(map(tuple, instance["edges"]))
    return g


@pytest.mark.parametrize("difficulty", [0, 1, 3, 6, 10, 14, 25])
def test_optimum_matches_networkx_blossom(difficulty):
    for seed in range(8):
        problem = ENV.generate(difficulty, seed)
        g = _graph(problem.instance)
        matching = nx.max_weight_matching(g)
        assert problem.instance["optimum"] == sum(g[u][v]["weight"] for u, v in matching)
        assert ENV.verify(problem, f"<answer>{format_edge_pairs(list(matching))}</answer>").correct


def test_every_matching_of_small_graphs_is_judged_by_weight():
    several = False
    for seed in range(8):
        problem = ENV.generate(0, seed)
        g = _graph(problem.instance)
        edges = list(g.edges())
        accepted = 0
        for size in range(len(edges) + 1):
            for chosen in itertools.combinations(edges, size):
                ends = [v for e in chosen for v in e]
                if len(set(ends)) != len(ends):
                    continue
                weight = sum(g[u][v]["weight"] for u, v in chosen)
                verdict = ENV.verify(problem, f"<answer>{format_edge_pairs(chosen)}</answer>")
                assert verdict.correct == (weight == problem.instance["optimum"])
                accepted += verdict.correct
        several |= accepted >= 2
    assert several


def test_reasons_for_invalid_matchings():
    base = ENV.generate(0, 0)
    instance = {"n": 4, "edges": [[0, 1, 5], [1, 2, 9], [2, 3, 5], [0, 3, 1]], "optimum": 10}
    problem = rlve_gym.Problem(base.env_name, base.version, 0, 0, "p", "0 1, 2 3", instance)
    provenance.remember(problem)  # a hand-made instance, not one the generator gives

    def verify(text):
        return ENV.verify(problem, f"<answer>{text}</answer>")

    assert verify("0 1, 3 2").correct
    assert "not the maximum" in verify("1 2").reason
    assert "share a vertex" in verify("0 1, 1 2").reason
    assert "not an edge" in verify("0 2").reason
    assert verify("").reason and not verify("").correct
