"""TreeAddEdgeMinDiameter against networkx: add every possible edge and measure the diameter."""

from __future__ import annotations

from itertools import combinations

import networkx as nx
import pytest

import rlve_gym
from rlve_gym.envs.tree.tree_add_edge_min_diameter import best_new_edge

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
    for seed in range(4):
        problem = ENV.generate(difficulty, seed)
        inst = problem.instance
        table = diameter_table(inst)
        assert int(problem.answer) == min(table.values())
        best, _, total = best_new_edge(inst["n"], inst["edges"], inst["new_length"])
        assert best == min(table.values()) and total == sum(table.values())
        assert answer(problem, str(best)).correct
        assert not answer(problem, str(best + 1)).correct


def test_hand_made_path():
    # path 0 -1- 1 -1- 2 -1- 3 -1- 4; a new edge of length 1 between 0 and 4 makes a 5-cycle: diameter 2
    edges = [[0, 1, 1], [1, 2, 1], [2, 3, 1], [3, 4, 1]]
    best, pair, _ = best_new_edge(5, edges, 1)
    assert (best, pair) == (2, [0, 4])
    assert ENV.solve({"n": 5, "edges": edges, "new_length": 1}) == 2
