"""TreeAddEdgeMinDiameter against networkx: add every possible edge and measure the diameter."""

from __future__ import annotations

import random
from itertools import combinations

import networkx as nx
import pytest

import rlve_gym
from rlve_gym.envs.tree.tree_add_edge_min_diameter import best_new_edge
from rlve_gym.problem import Problem

ENV = rlve_gym.make("TreeAddEdgeMinDiameter")


def diameter_table(instance):
    table = {}
    for u, v in combinations(range(instance["n"]), 2):
        graph = nx.MultiGraph()
        graph.add_nodes_from(range(instance["n"]))
        graph.add_weighted_edges_from(map(tuple, instance["edges"]))
        graph.add_edge(u, v, weight=instance["new_length"])
        dist = dict(nx.all_pairs_dijkstra_path_length(graph))
        table[(u, v)] = max(max(row.values()) for row in dist.values())
    return table


def answer(problem, text):
    return ENV.verify(problem, f"<answer>{text}</answer>")


@pytest.mark.parametrize("difficulty", [0, 1, 2, 5])
def test_optimum_matches_networkx_over_all_pairs(difficulty):
    for seed in range(8):
        problem = ENV.generate(difficulty, seed)
        inst = problem.instance
        table = diameter_table(inst)
        assert inst["best_diameter"] == min(table.values())
        best, _, total = best_new_edge(inst["n"], inst["edges"], inst["new_length"])
        assert best == min(table.values()) and total == sum(table.values())
        average = total / len(table)
        for (u, v), diameter in table.items():
            result = answer(problem, f"{v} {u}")
            assert result.correct == (diameter == inst["best_diameter"])
            if not result.correct:
                expected = max(0.0, (average - diameter) / (average - best))
                assert result.score == pytest.approx(min(expected, 0.99))


def test_random_pairs_earn_little_partial_credit():
    rng = random.Random(4)
    for difficulty in (3, 10):
        scores = []
        for seed in range(30):
            problem = ENV.generate(difficulty, seed)
            u, v = rng.sample(range(problem.instance["n"]), 2)
            scores.append(answer(problem, f"{u} {v}").score)
        assert sum(scores) / len(scores) < 0.35


def test_hand_made_path():
    # path 0 -1- 1 -1- 2 -1- 3 -1- 4; a new edge of length 1 between 0 and 4 makes a 5-cycle: diameter 2
    edges = [[0, 1, 1], [1, 2, 1], [2, 3, 1], [3, 4, 1]]
    best, pair, total = best_new_edge(5, edges, 1)
    assert (best, pair) == (2, [0, 4])
    instance = {"n": 5, "edges": edges, "new_length": 1, "best_diameter": 2}
    instance["diameter_sum_over_pairs"] = total
    problem = Problem("TreeAddEdgeMinDiameter", 0, 0, 0, "p", "0 4", instance)
    assert answer(problem, "4 0").correct
    assert "distinct" in answer(problem, "2 2").reason
    assert "not a vertex" in answer(problem, "0 5").reason
    assert not answer(problem, "0").format_ok and not answer(problem, "0 1 2").format_ok
