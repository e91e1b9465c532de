"""TreeKeyVertexCenters against exhaustive search over all centre sets (networkx distances)."""

from __future__ import annotations

import random
from itertools import combinations

import networkx as nx
import pytest

import rlve_gym
from rlve_gym.envs.tree.tree_key_vertex_centers import optimal_centres
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
    average = sum(table.values()) / len(table)  # what a random choice gets on average
    for chosen, radius in table.items():
        result = answer(problem, " ".join(map(str, reversed(chosen))))
        assert result.correct == (radius == best)
        if radius > best:  # credit only for beating a random choice (baseline sampled: +-0.1)
            expected = max(0.0, (average - radius) / (average - best))
            assert result.score == pytest.approx(min(expected, 0.99), abs=0.1)
            assert result.score < 0.99


def test_random_centres_earn_little_partial_credit():
    rng = random.Random(6)
    for difficulty in (3, 10):
        scores = []
        for seed in range(30):
            problem = ENV.generate(difficulty, seed)
            chosen = rng.sample(range(problem.instance["n"]), problem.instance["centres"])
            result = answer(problem, " ".join(map(str, chosen)))
            if not result.correct:
                scores.append(result.score)
        assert sum(scores) / len(scores) < 0.3


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
    # radius 3; a random single centre averages (4 + 3 + 2 + 3 + 4) / 5 = 3.2 (up to sampling)
    assert not answer(problem, "1").correct
    assert answer(problem, "1").score == pytest.approx(0.2 / 1.2, abs=0.1)


def test_single_vertex_tree():
    assert optimal_centres(1, [], [0], 1) == (0, [0])
