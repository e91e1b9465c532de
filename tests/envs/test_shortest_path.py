"""ShortestPath against networkx: the stored optimum, the reference path, and every simple path of
small instances (accepted exactly when its weight is minimal)."""

from __future__ import annotations

import networkx as nx
import pytest

import rlve_gym
from rlve_gym import provenance

ENV = rlve_gym.make("ShortestPath")


def _digraph(instance):
    g = nx.DiGraph()
    g.add_nodes_from(range(instance["n"]))
    g.add_weighted_edges_from(map(tuple, instance["arcs"]))
    return g


def _verify(problem, text):
    return ENV.verify(problem, f"<answer>{text}</answer>")


@pytest.mark.parametrize("difficulty", range(5))
def test_optimum_and_reference_match_networkx(difficulty):
    for seed in range(40):
        problem = ENV.generate(difficulty, seed)
        g = _digraph(problem.instance)
        n = problem.instance["n"]
        expected = nx.shortest_path_length(g, 0, n - 1, weight="weight")
        assert problem.instance["shortest_distance"] == expected
        path = [int(x) for x in problem.answer.split()]
        assert nx.path_weight(g, path, "weight") == expected and path[0] == 0 and path[-1] == n - 1


def test_every_simple_path_is_judged_by_its_weight():
    for seed in range(25):
        problem = ENV.generate(1, seed)
        g = _digraph(problem.instance)
        n = problem.instance["n"]
        best = problem.instance["shortest_distance"]
        optimal_seen = 0
        for path in nx.all_simple_paths(g, 0, n - 1):
            verdict = _verify(problem, " ".join(map(str, path)))
            is_optimal = nx.path_weight(g, path, "weight") == best
            optimal_seen += is_optimal
            assert verdict.correct == is_optimal, (path, verdict)
            assert verdict.format_ok
        assert optimal_seen >= 1


def test_target_is_never_adjacent_to_the_source_when_avoidable():
    for seed in range(30):
        problem = ENV.generate(3, seed)
        assert len(problem.answer.split()) >= 3


def test_broken_paths_are_wrong_with_reasons():
    problem = ENV.generate(2, 0)
    n = problem.instance["n"]
    path = problem.answer.split()
    assert "start at vertex 0" in _verify(problem, " ".join(path[1:])).reason
    assert "not a vertex" in _verify(problem, f"0 {n} {n - 1}").reason
    assert not _verify(problem, "0").correct
    arcs = {(u, v) for u, v, _ in problem.instance["arcs"]}
    missing = next(v for v in range(1, n - 1) if (0, v) not in arcs)
    assert f"no edge from 0 to {missing}" in _verify(problem, f"0 {missing} {n - 1}").reason


def test_hand_built_instance_with_a_tie():
    problem = ENV.generate(0, 0)
    instance = {
        "n": 4,
        "arcs": [[0, 1, 2], [1, 3, 2], [0, 2, 1], [2, 3, 3], [0, 3, 9]],
        "shortest_distance": 4,
    }
    tie = rlve_gym.Problem(problem.env_name, problem.version, 0, 0, "p", "0 1 3", instance)
    provenance.remember(tie)  # a hand-made instance, not one the generator gives
    assert _verify(tie, "0 1 3").correct
    assert _verify(tie, "0 2 3").correct
    assert "not the minimum" in _verify(tie, "0 3").reason
    assert not _verify(tie, "0 1 2 3").correct
    assert not _verify(tie, "0 1 3 3").correct


def test_malformed_answers_are_format_errors():
    problem = ENV.generate(2, 1)
    for text in ("0 -> 2", "zero", "0 1 x", " ".join(["1"] * 500)):
        verdict = _verify(problem, text)
        assert not verdict.correct and not verdict.format_ok


def test_the_answer_is_never_a_single_arc():
    """Regression: targets chosen by hop distance left the direct arc optimal on 13% at d=0."""
    env = rlve_gym.make("ShortestPath")
    for difficulty in (0, 1, 2):
        for seed in range(150):
            problem = env.generate(difficulty, seed)
            assert len(problem.answer.split()) >= 3
            n = problem.instance["n"]
            assert not env.verify(problem, f"<answer>0 {n - 1}</answer>").correct
