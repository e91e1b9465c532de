"""TreeKPathsMaxCover against exhaustive search over every choice of K paths (networkx paths)."""

from __future__ import annotations

import random
from itertools import combinations_with_replacement

import networkx as nx
import pytest

import rlve_gym
from rlve_gym.envs.tree.tree_k_paths_max_cover import max_cover
from rlve_gym.trees import random_tree_edges

ENV = rlve_gym.make("TreeKPathsMaxCover")


def brute_force(n, edges, k, weights=None):
    weights = weights or [1] * n
    graph = nx.Graph()
    graph.add_nodes_from(range(n))
    graph.add_edges_from(map(tuple, edges))
    path_sets = [frozenset(nx.shortest_path(graph, a, b)) for a in range(n) for b in range(a, n)]
    path_sets = list(set(path_sets))
    return max(
        sum(weights[v] for v in frozenset().union(*chosen))
        for chosen in combinations_with_replacement(path_sets, k)
    )


@pytest.mark.parametrize("difficulty", [0, 1])
def test_solver_matches_exhaustive_search_on_generated_instances(difficulty):
    for seed in range(8 if difficulty == 0 else 3):
        instance = ENV.generate(difficulty, seed).instance
        assert ENV.solve(instance) == brute_force(
            instance["n"], instance["edges"], instance["paths"], instance["weights"]
        )


def test_weighted_solver_matches_exhaustive_search_on_random_small_trees():
    rng = random.Random(7)
    for _ in range(60):
        n = rng.randint(1, 9)
        edges = random_tree_edges(rng, n)
        weights = [rng.randint(1, 9) for _ in range(n)]
        for k in (1, 2, 3):
            assert max_cover(n, edges, k, weights) == brute_force(n, edges, k, weights)


def test_solver_matches_exhaustive_search_on_random_small_trees():
    rng = random.Random(4)
    for _ in range(60):
        n = rng.randint(1, 9)
        edges = random_tree_edges(rng, n)
        for k in (1, 2, 3):
            assert max_cover(n, edges, k) == brute_force(n, edges, k)


def test_star_and_spider():
    star = [[0, v] for v in range(1, 7)]
    assert [max_cover(7, star, k) for k in (1, 2, 3)] == [3, 5, 7]
    # legs of lengths 3, 2, 1 from centre 0
    spider = [[0, 1], [1, 2], [2, 3], [0, 4], [4, 5], [0, 6]]
    assert max_cover(7, spider, 1) == 6 and max_cover(7, spider, 2) == 7


def test_checker_compares_the_number():
    problem = ENV.generate(5, 1)
    value = int(problem.answer)
    assert ENV.verify(problem, f"<answer>{value}</answer>").correct
    assert not ENV.verify(problem, f"<answer>{value - 1}</answer>").correct


def test_answer_never_covers_the_whole_tree(monkeypatch):
    import rlve_gym.envs.tree.tree_k_paths_max_cover as module

    for redraws in (10, 0):  # 0 forces the fallback tree
        monkeypatch.setattr(module, "REDRAWS", redraws)
        for seed in range(40):
            instance = ENV.generate(0, seed).instance
            assert nx.is_tree(nx.Graph([tuple(e) for e in instance["edges"]]))
            assert ENV.solve(instance) < sum(instance["weights"])


def test_n_minus_one_is_not_a_good_blind_guess():
    for difficulty in (0, 1, 3):
        answers = [ENV.generate(difficulty, seed) for seed in range(100)]
        hits = sum(int(p.answer) == p.instance["n"] - 1 for p in answers)
        assert hits <= 5
