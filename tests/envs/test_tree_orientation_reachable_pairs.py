"""TreeOrientationReachablePairs against exhaustive search over all 2^(n-1) orientations."""

from __future__ import annotations

import random
from itertools import product

import networkx as nx
import pytest

import rlve_gym
from rlve_gym.envs.tree.tree_orientation_reachable_pairs import max_reachable_pairs

ENV = rlve_gym.make("TreeOrientationReachablePairs")


def brute_force(n, edges):
    best = 0
    for flips in product((False, True), repeat=len(edges)):
        graph = nx.DiGraph()
        graph.add_nodes_from(range(n))
        graph.add_edges_from(
            (v, u) if flip else (u, v) for (u, v), flip in zip(edges, flips, strict=False)
        )
        best = max(best, sum(len(nx.descendants(graph, u)) for u in range(n)))
    return best


@pytest.mark.parametrize("vertices", [5, 8, 11])
def test_solver_matches_exhaustive_search(vertices):
    """On generated trees below level 0's sizes, where every orientation can be tried."""
    sizes = {"min_vertices": vertices, "max_vertices": vertices}
    for seed in range(12 if vertices < 11 else 3):
        instance = ENV.generate_instance(random.Random(seed), sizes)
        assert ENV.solve(instance) == brute_force(instance["n"], instance["edges"])


def test_special_trees():
    assert max_reachable_pairs(1, []) == 0
    assert max_reachable_pairs(2, [[0, 1]]) == 1
    path = [[i, i + 1] for i in range(5)]
    assert max_reachable_pairs(6, path) == 15  # all one way: C(6, 2)
    star = [[0, v] for v in range(1, 7)]
    assert max_reachable_pairs(7, star) == brute_force(7, star) == 6 + 9  # 3 in, 3 out


def test_checker_compares_the_number():
    problem = ENV.generate(5, 0)
    value = int(problem.answer)
    assert ENV.verify(problem, f"<answer>{value}</answer>").correct
    assert not ENV.verify(problem, f"<answer>{value - 1}</answer>").correct
    assert not ENV.verify(problem, "<answer>12 13</answer>").format_ok
