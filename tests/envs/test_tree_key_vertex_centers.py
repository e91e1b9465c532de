"""TreeKeyVertexCenters against exhaustive search over all centre sets (networkx distances)."""

from __future__ import annotations

import random
from itertools import combinations

import networkx as nx
import pytest

import rlve_gym
from rlve_gym.envs.tree.tree_key_vertex_centers import optimal_centres
from rlve_gym.trees import random_tree_edges

ENV = rlve_gym.make("TreeKeyVertexCenters")


def radius_table(instance):
    graph = nx.Graph()
    graph.add_nodes_from(range(instance["n"]))
    graph.add_weighted_edges_from(map(tuple, instance["edges"]))
    dist = dict(nx.all_pairs_dijkstra_path_length(graph))
    return {
        chosen: max(min(dist[k][c] for c in chosen) for k in instance["keys"])
        for chosen in combinations(range(instance["n"]), instance["centres"])
    }


def answer(problem, text):
    return ENV.verify(problem, f"<answer>{text}</answer>")


@pytest.mark.parametrize("difficulty", [0, 1, 2, 4])
def test_optimum_matches_exhaustive_search(difficulty):
    for seed in range(6 if difficulty < 4 else 2):
        instance = ENV.generate(difficulty, seed).instance
        table = radius_table(instance)
        best = min(table.values())
        got, centres = optimal_centres(
            instance["n"], instance["edges"], instance["keys"], instance["centres"]
        )
        assert got == best == ENV.solve(instance)
        assert table[tuple(sorted(centres))] == best or len(centres) < instance["centres"]


def test_checker_compares_the_radius():
    problem = ENV.generate(2, 0)
    radius = int(problem.answer)
    assert answer(problem, str(radius)).correct
    assert not answer(problem, str(radius + 1)).correct
    assert not answer(problem, "0").correct


def test_path_with_keys_at_both_ends_and_one_centre():
    instance = {"n": 5, "edges": [[0, 1], [1, 2], [2, 3], [3, 4]], "keys": [0, 4], "centres": 1}
    assert optimal_centres(5, instance["edges"], instance["keys"], 1) == (2, [2])
    assert ENV.solve(instance) == 2


def test_single_vertex_tree():
    assert optimal_centres(1, [], [0], 1) == (0, [0])


def test_greedy_matches_exhaustive_search_on_small_weighted_trees():
    rng = random.Random(3)
    for _ in range(40):
        n = rng.randint(2, 9)
        edges = [[u, v, rng.randint(1, 9)] for u, v in random_tree_edges(rng, n)]
        instance = {"n": n, "edges": edges, "keys": sorted(rng.sample(range(n), rng.randint(1, n)))}
        for count in (1, 2, 3):
            if count <= n:
                table = radius_table(dict(instance, centres=count))
                assert optimal_centres(n, edges, instance["keys"], count)[0] == min(table.values())
