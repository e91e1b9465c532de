"""TreeTwoPathsRemovalMaxComponents against exhaustive search over every pair of paths."""

from __future__ import annotations

import random
from itertools import combinations_with_replacement

import networkx as nx
import pytest

import rlve_gym
from rlve_gym.envs.tree.tree_two_paths_removal_components import most_components
from rlve_gym.problem import Problem
from rlve_gym.trees import random_recursive_parents, random_tree_edges

ENV = rlve_gym.make("TreeTwoPathsRemovalMaxComponents")


def brute_force(n, edges):
    """Every pair of paths (ends a <= b, a = b allowed) sharing no edge; delete their vertices and
    count the components networkx finds in what is left."""
    graph = nx.Graph()
    graph.add_nodes_from(range(n))
    graph.add_edges_from(map(tuple, edges))
    paths = []
    for a in range(n):
        for b in range(a, n):
            vertices = nx.shortest_path(graph, a, b)
            path_edges = {frozenset(e) for e in zip(vertices, vertices[1:])}
            paths.append((set(vertices), path_edges))
    best = 0
    for (v1, e1), (v2, e2) in combinations_with_replacement(paths, 2):
        if e1 & e2:
            continue
        rest = graph.subgraph(set(range(n)) - v1 - v2)
        best = max(best, nx.number_connected_components(rest))
    return best


def answer(problem, text):
    return ENV.verify(problem, f"<answer>{text}</answer>")


@pytest.mark.parametrize("difficulty", [0, 1])
def test_solver_matches_exhaustive_search_on_generated_trees(difficulty):
    for seed in range(12 if difficulty == 0 else 4):
        instance = ENV.generate(difficulty, seed).instance
        assert most_components(instance["n"], instance["edges"]) == brute_force(
            instance["n"], instance["edges"]
        )


def test_solver_matches_exhaustive_search_on_random_small_trees():
    rng = random.Random(11)
    for _ in range(150):
        n = rng.randint(1, 9)
        if rng.random() < 0.5:
            edges = random_tree_edges(rng, n)
        else:
            edges = [[p, v] for v, p in enumerate(random_recursive_parents(rng, n)) if p >= 0]
        assert most_components(n, edges) == brute_force(n, edges), (n, edges)


def test_hand_made_trees():
    # a path: deleting two single inner vertices far apart leaves three pieces
    path = [[i, i + 1] for i in range(6)]
    assert most_components(7, path) == 3 == brute_force(7, path)
    # a star with 5 leaves: delete the centre
    star = [[0, v] for v in range(1, 6)]
    assert most_components(6, star) == 5
    # two hubs joined by an edge, three leaves each: deleting the path 0 - 1 leaves 6 leaves
    hubs = [[0, 1], [0, 2], [0, 3], [0, 4], [1, 5], [1, 6], [1, 7]]
    assert most_components(8, hubs) == 6 == brute_force(8, hubs)
    # a hub whose neighbours are hubs: the two paths cross at the centre, four legs
    spider = [[0, c] for c in range(1, 5)]
    spider += [[c, 5 + 2 * (c - 1) + k] for c in range(1, 5) for k in (0, 1)]
    assert most_components(13, spider) == brute_force(13, spider) == 8
    assert most_components(1, []) == 0 and most_components(2, [[0, 1]]) == 1


def test_checker_and_hostile_answers():
    instance = {"n": 6, "edges": [[0, v] for v in range(1, 6)]}
    problem = Problem("TreeTwoPathsRemovalMaxComponents", 0, 0, 0, "p", "5", instance)
    assert answer(problem, "5").correct and answer(problem, " 05 ").correct
    assert not answer(problem, "4").correct and answer(problem, "4").format_ok
    assert not answer(problem, "5 components").format_ok
    assert not answer(problem, "9" * 80).format_ok


def test_answers_are_spread_out():
    for difficulty in (0, 3, 10):
        answers = [int(ENV.generate(difficulty, seed).answer) for seed in range(100)]
        assert len(set(answers)) >= 3
        assert max(answers.count(a) for a in answers) <= 50
        assert sum(a <= 1 for a in answers) <= 5
