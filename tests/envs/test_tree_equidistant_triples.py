"""TreeEquidistantTripleCount against exhaustive search over all triples (networkx distances)."""

from __future__ import annotations

from itertools import combinations

import networkx as nx
import pytest

import rlve_gym
from rlve_gym.envs.tree.tree_equidistant_triples import equidistant_triples

ENV = rlve_gym.make("TreeEquidistantTripleCount")


def brute_force(n, edges):
    graph = nx.Graph()
    graph.add_nodes_from(range(n))
    graph.add_edges_from(map(tuple, edges))
    dist = dict(nx.all_pairs_shortest_path_length(graph))
    return sum(dist[a][b] == dist[b][c] == dist[a][c] for a, b, c in combinations(range(n), 3))


@pytest.mark.parametrize("difficulty", [0, 1, 2, 3, 6])
def test_solver_matches_exhaustive_count(difficulty):
    for seed in range(15):
        instance = ENV.generate(difficulty, seed).instance
        assert ENV.solve(instance) == brute_force(instance["n"], instance["edges"])


def test_small_and_special_trees():
    assert equidistant_triples(1, []) == 0
    assert equidistant_triples(3, [[0, 1], [1, 2]]) == 0  # a path has none
    star = [[0, v] for v in range(1, 6)]
    assert equidistant_triples(6, star) == 10  # any three leaves
    # spider with three legs of length 2: triples at depth 1 and at depth 2
    spider = [[0, 1], [1, 2], [0, 3], [3, 4], [0, 5], [5, 6]]
    assert equidistant_triples(7, spider) == brute_force(7, spider) == 2


def test_answers_0_and_1_never_occur_even_with_the_fallback_tree(monkeypatch):
    import rlve_gym.envs.tree.tree_equidistant_triples as module

    for redraws in (module.REDRAWS, 0):  # 0 forces the fallback tree
        monkeypatch.setattr(module, "REDRAWS", redraws)
        for seed in range(40):
            instance = ENV.generate(0, seed).instance
            assert nx.is_tree(nx.Graph([tuple(e) for e in instance["edges"]]))
            assert ENV.solve(instance) >= 2


def test_checker_compares_the_count():
    problem = ENV.generate(4, 3)
    count = int(problem.answer)
    assert ENV.verify(problem, f"<answer>{count}</answer>").correct
    assert not ENV.verify(problem, f"<answer>{count + 1}</answer>").correct
    assert not ENV.verify(problem, "<answer>many</answer>").format_ok
