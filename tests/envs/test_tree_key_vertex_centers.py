"""TreeKeyVertexCenters against exhaustive search over all centre sets (networkx distances)."""

from __future__ import annotations

from itertools import combinations

import networkx as nx
import pytest
from rlve_gym.envs.tree.tree_key_vertex_centers import optimal_centres

import rlve_gym
from rlve_gym.problem import Problem

ENV = rlve_gym.make("TreeKeyVertexCenters")


def radius_table(instance):
    graph = nx.Graph()
    graph.add_nodes_from(range(instance["n"]))
    graph.add_edges_from(map(tuple, instance["edges"]))
    dist = dict(nx.all_pairs_shortest_path_length(graph))
    return {
        chosen: max(min(dist[k][c] for c in chosen) for k in instance["keys"])
        for chosen in combinations(range(instance["n"]), instance["centres"])
    }


def answer(problem, text):
    return ENV.verify(problem, f"<answer>{text}</answer>")


@pytest.mark.parametrize("difficulty", [0, 1, 2, 3, 4, 5])
def test_optimum_matches_exhaustive_search(difficulty):
    for seed in range(10 if difficulty < 4 else 3):
        instance = ENV.generate(difficulty, seed).instance
        table = radius_table(instance)
        best = min(table.values())
        got, centres = optimal_centres(
            instance["n"], instance["edges"], instance["keys"], instance["centres"]
        )
        assert got == best
        assert table[tuple(ENV.solve(instance))] == best


@pytest.mark.parametrize("seed", range(3))
def test_checker_accepts_every_optimal_set_and_scores_the_others(seed):
    problem = ENV.generate(1, seed)
    table = radius_table(problem.instance)
    best = min(table.values())
    for chosen, radius in table.items():
        result = answer(problem, " ".join(map(str, reversed(chosen))))
        assert result.correct == (radius == best)
        if radius > best:
            assert result.score == pytest.approx((best + 1) / (radius + 1))


def test_wrong_counts_duplicates_and_ranges():
    problem = ENV.generate(2, 0)
    n = problem.instance["n"]
    ref = problem.answer.split()
    assert "exactly" in answer(problem, " ".join(ref[:-1])).reason
    assert "more than once" in answer(problem, " ".join(ref[:-1] + ref[:1])).reason
    assert "not a vertex" in answer(problem, " ".join(ref[:-1] + [str(n)])).reason
    assert not answer(problem, " ".join(ref + ref)).format_ok


def test_path_with_keys_at_both_ends_and_one_centre():
    instance = {"n": 5, "edges": [[0, 1], [1, 2], [2, 3], [3, 4]], "keys": [0, 4], "centres": 1}
    assert optimal_centres(5, instance["edges"], instance["keys"], 1) == (2, [2])
    problem = Problem("TreeKeyVertexCenters", 0, 0, 0, "p", "2", instance)
    assert answer(problem, "2").correct
    assert answer(problem, "1").score == pytest.approx(3 / 4)


def test_single_vertex_tree():
    assert optimal_centres(1, [], [0], 1) == (0, [0])
