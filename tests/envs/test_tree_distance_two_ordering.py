"""TreeDistanceTwoOrdering: the checker against exhaustive search over orderings (networkx distances)."""

from __future__ import annotations

import random
from itertools import permutations

import networkx as nx
import pytest

import rlve_gym
from rlve_gym.problem import Problem
from rlve_gym.provenance import remember

ENV = rlve_gym.make("TreeDistanceTwoOrdering")


def distance_table(instance):
    graph = nx.Graph()
    graph.add_nodes_from(range(instance["n"]))
    graph.add_edges_from(map(tuple, instance["edges"]))
    assert nx.is_tree(graph)
    return dict(nx.all_pairs_shortest_path_length(graph))


def answer(problem, text):
    return ENV.verify(problem, f"<answer>{text}</answer>")


@pytest.mark.parametrize("seed", range(4))
def test_checker_accepts_exactly_the_valid_orderings(seed):
    # a generated tree of 6 vertices (below level 0's size) keeps the search over all orders small
    instance = ENV.generate_instance(random.Random(seed), {"vertices": 6})
    dist = distance_table(instance)
    valid = 0
    for order in permutations(range(instance["n"])):
        ok = all(dist[a][b] <= 2 for a, b in zip(order, order[1:], strict=False))
        valid += ok
        assert ENV.check(instance, list(order), None).correct == ok
    assert valid >= 2  # the reference and its reverse at least


@pytest.mark.parametrize("difficulty", [0, 3, 10, 20])
def test_planted_order_is_valid_by_networkx_distances(difficulty):
    for seed in range(10):
        problem = ENV.generate(difficulty, seed)
        dist = distance_table(problem.instance)
        order = list(map(int, problem.answer.split()))
        assert sorted(order) == list(range(problem.instance["n"]))
        assert all(dist[a][b] <= 2 for a, b in zip(order, order[1:], strict=False))
        assert answer(problem, " ".join(map(str, reversed(order)))).correct


def test_reasons_for_wrong_orderings():
    instance = {"n": 4, "edges": [[0, 1], [1, 2], [2, 3]], "planted_order": [0, 2, 1, 3]}
    problem = Problem("TreeDistanceTwoOrdering", 0, 0, 0, "p", "0 2 1 3", instance)
    remember(problem)  # hand-made: trusted as if generated here
    assert answer(problem, "1 0 2 3").correct
    assert "more than 2 edges" in answer(problem, "0 3 1 2").reason
    assert "exactly once" in answer(problem, "0 2 1").reason
    assert "exactly once" in answer(problem, "0 2 1 1").reason
    assert "exactly once" in answer(problem, "0 2 1 4").reason
    assert "exactly once" in answer(problem, "0 2 1 3 0").reason
    assert not answer(problem, "0 2 1 3 0 1").format_ok


def test_single_vertex():
    instance = {"n": 1, "edges": [], "planted_order": [0]}
    problem = Problem("TreeDistanceTwoOrdering", 0, 0, 0, "p", "0", instance)
    remember(problem)  # hand-made: trusted as if generated here
    assert answer(problem, "0").correct
