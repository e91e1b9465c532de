"""TreeEdgeSwapDiameter against exhaustive search over every swap (networkx diameters)."""

from __future__ import annotations

from itertools import combinations

import networkx as nx
import pytest

import rlve_gym
from rlve_gym.envs.tree.tree_edge_swap_diameter import best_swap
from rlve_gym.problem import Problem

ENV = rlve_gym.make("TreeEdgeSwapDiameter")


def all_swaps(instance):
    """{(u, v, a, b): diameter} for every swap that leaves a tree."""
    n = instance["n"]
    table = {}
    for u, v in instance["edges"]:
        for a, b in combinations(range(n), 2):
            graph = nx.Graph()
            graph.add_nodes_from(range(n))
            graph.add_edges_from(tuple(e) for e in instance["edges"] if tuple(e) != (u, v))
            graph.add_edge(a, b)
            if nx.is_tree(graph):
                table[(u, v, a, b)] = nx.diameter(graph)
    return table


def answer(problem, text):
    return ENV.verify(problem, f"<answer>{text}</answer>")


@pytest.mark.parametrize("difficulty", [0, 1, 2])
def test_optimum_matches_exhaustive_search_for_both_goals(difficulty):
    for seed in range(6):
        instance = ENV.generate(difficulty, seed).instance
        table = all_swaps(instance)
        assert best_swap(instance["n"], instance["edges"], "minimum")[0] == min(table.values())
        assert best_swap(instance["n"], instance["edges"], "maximum")[0] == max(table.values())


@pytest.mark.parametrize("seed", range(4))
def test_checker_accepts_exactly_the_optimal_swaps(seed):
    problem = ENV.generate(0, seed)
    table = all_swaps(problem.instance)
    pick = min if problem.instance["goal"] == "minimum" else max
    best = pick(table.values())
    graph = nx.Graph(map(tuple, problem.instance["edges"]))
    original = nx.diameter(graph)
    for (u, v, a, b), diameter in table.items():
        result = answer(problem, f"{v} {u} {b} {a}")
        assert result.correct == (diameter == best)
        if not result.correct:  # credit for the share of the possible change achieved
            expected = (diameter - original) / (best - original)
            assert result.format_ok and result.score == pytest.approx(max(0.0, min(expected, 0.99)))


def test_a_swap_that_changes_nothing_earns_no_credit():
    for seed in range(30):
        problem = ENV.generate(5, seed)
        u, v = problem.instance["edges"][0]
        result = answer(problem, f"{u} {v} {u} {v}")
        assert result.correct or result.score == 0.0


def test_invalid_swaps_are_rejected_with_reasons():
    # path 0-1-2-3
    instance = {"n": 4, "edges": [[0, 1], [1, 2], [2, 3]], "goal": "maximum"}
    problem = Problem("TreeEdgeSwapDiameter", 0, 0, 0, "p", "1 2 0 3", instance)
    assert answer(
        problem, "1 2 1 2"
    ).correct  # re-adding the same edge keeps the path of diameter 3
    assert "not an edge" in answer(problem, "0 2 0 3").reason
    assert "does not give a tree" in answer(problem, "1 2 0 1").reason
    assert "different vertices" in answer(problem, "1 2 3 3").reason
    assert "not a vertex" in answer(problem, "1 2 0 4").reason
    assert not answer(problem, "1 2 0").format_ok
    minimum = Problem(
        "TreeEdgeSwapDiameter", 0, 0, 0, "p", "0 1 0 2", dict(instance, goal="minimum")
    )
    assert answer(minimum, "0 1 0 2").correct  # a star: diameter 2
    assert not answer(minimum, "0 1 0 3").correct
