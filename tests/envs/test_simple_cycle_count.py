"""SimpleCycleCount against networkx's simple_cycles (undirected) on generated and random
graphs, including disconnected graphs, forests and complete graphs."""

from __future__ import annotations

import random

import networkx as nx
import pytest

import rlve_gym
from rlve_gym.graphs import random_graph
from rlve_gym.kernels.graph_search import count_simple_cycles

ENV = rlve_gym.make("SimpleCycleCount")


def _nx_count(n, edges):
    g = nx.Graph(list(map(tuple, edges)))
    g.add_nodes_from(range(n))
    return sum(1 for c in nx.simple_cycles(g) if len(c) >= 3)


@pytest.mark.parametrize("difficulty", range(8))
def test_count_matches_networkx(difficulty):
    for seed in range(8):
        problem = ENV.generate(difficulty, seed)
        assert int(problem.answer) == _nx_count(problem.instance["n"], problem.instance["edges"])


def test_random_graphs_including_disconnected_and_dense():
    rng = random.Random(17)
    for _ in range(150):
        n = rng.randint(1, 8)  # networkx lists every cycle: a dense 9-vertex graph takes seconds
        edges = random_graph(rng, n, rng.randint(0, n * (n - 1) // 2))
        assert count_simple_cycles(n, edges) == _nx_count(n, edges)


def test_known_counts():
    assert count_simple_cycles(4, [[0, 1], [1, 2], [2, 3], [0, 3], [0, 2], [1, 3]]) == 7  # K4
    assert count_simple_cycles(5, [[0, 1], [1, 2], [3, 4]]) == 0
    assert count_simple_cycles(1, []) == 0
    two_triangles = [[0, 1], [1, 2], [0, 2], [3, 4], [4, 5], [3, 5]]
    assert count_simple_cycles(6, two_triangles) == 2


def test_neighbouring_counts_are_wrong():
    problem = ENV.generate(5, 1)
    value = int(problem.answer)
    assert ENV.verify(problem, f"<answer>{value}</answer>").correct
    assert not ENV.verify(problem, f"<answer>{value + 1}</answer>").correct


def test_counts_vary_at_the_lowest_level():
    """Regression: a fixed number of extra edges gave only two distinct answers at d=0, and with
    3-6 extra edges one count was still the answer on 15-33% of the seeds."""
    answers = [ENV.generate(0, seed).answer for seed in range(100)]
    assert len(set(answers)) >= 40
    assert max(answers.count(a) for a in set(answers)) <= 6
