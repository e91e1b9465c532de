"""PointSegmentMatching: the greedy maximum against networkx's bipartite matching, and every
maximum matching of tiny instances accepted."""

from __future__ import annotations

import itertools

import networkx as nx
import pytest

import rlve_gym
from rlve_gym import provenance
from rlve_gym.graphs import format_edge_pairs

ENV = rlve_gym.make("PointSegmentMatching")


def _graph(instance):
    g = nx.Graph()
    points, segments = instance["points"], instance["segments"]
    g.add_nodes_from(("p", i) for i in range(len(points)))
    g.add_nodes_from(("s", j) for j in range(len(segments)))
    for i, x in enumerate(points):
        for j, (left, right) in enumerate(segments):
            if left <= x <= right:
                g.add_edge(("p", i), ("s", j))
    return g


@pytest.mark.parametrize("difficulty", range(8))
def test_maximum_matches_networkx(difficulty):
    for seed in range(20):
        problem = ENV.generate(difficulty, seed)
        g = _graph(problem.instance)
        top = [v for v in g if v[0] == "p"]
        assert (
            problem.instance["maximum"] == len(nx.bipartite.maximum_matching(g, top_nodes=top)) // 2
        )
        assert problem.instance["maximum"] >= 1


def test_every_maximum_matching_of_small_instances_is_accepted():
    several = 0
    for seed in range(10):
        problem = ENV.generate(0, seed)
        g = _graph(problem.instance)
        edges = [
            (a[1] + 1, b[1] + 1) if a[0] == "p" else (b[1] + 1, a[1] + 1) for a, b in g.edges()
        ]
        best = problem.instance["maximum"]
        count = 0
        for r in range(len(edges) + 1):
            for chosen in itertools.combinations(edges, r):
                points = {p for p, _ in chosen}
                segments = {s for _, s in chosen}
                if len(points) == len(segments) == r:
                    verdict = ENV.verify(problem, f"<answer>{format_edge_pairs(chosen)}</answer>")
                    assert verdict.correct == (r == best)
                    count += r == best
        several += count >= 2
    assert several


def test_hand_made_greedy_trap_and_reasons():
    # point 1 (x=1) fits both segments; taking segment 1 [0, 5] would strand point 2 (x=4)
    base = ENV.generate(0, 0)
    instance = {"points": [1, 4], "segments": [[0, 5], [1, 1]], "maximum": 2}
    problem = rlve_gym.Problem(base.env_name, base.version, 0, 0, "p", "1 2, 2 1", instance)
    provenance.remember(problem)  # a hand-made instance, not one the generator gives
    ok = ENV.verify(problem, "<answer>1 2, 2 1</answer>")
    assert ok.correct
    assert "more pairs" in ENV.verify(problem, "<answer>1 1</answer>").reason
    assert "does not contain" in ENV.verify(problem, "<answer>2 2, 1 1</answer>").reason
    assert "more than one pair" in ENV.verify(problem, "<answer>1 2, 1 1</answer>").reason
    assert "no point" in ENV.verify(problem, "<answer>3 1</answer>").reason
    assert not ENV.verify(problem, "<answer>1 2, 2</answer>").format_ok
