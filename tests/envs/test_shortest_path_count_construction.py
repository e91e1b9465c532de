"""ShortestPathCountConstruction: the binary ladder has exactly K shortest paths (counted by
networkx's all_shortest_paths) within the vertex limit, and the checker's BFS count agrees with
networkx on random graphs."""

from __future__ import annotations

import random

import networkx as nx
import pytest

import rlve_gym
from rlve_gym.envs.graph.shortest_path_count_construction import binary_ladder, shortest_path_count
from rlve_gym.graphs import format_edge_pairs

ENV = rlve_gym.make("ShortestPathCountConstruction")


def _nx_count(edges):
    g = nx.Graph(list(map(tuple, edges)))
    g.add_nodes_from([1, 2])
    if not nx.has_path(g, 1, 2):
        return 0
    return sum(1 for _ in nx.all_shortest_paths(g, 1, 2))


@pytest.mark.parametrize("k", range(1, 130))
def test_ladder_has_exactly_k_paths(k):
    edges = binary_ladder(k)
    assert _nx_count(edges) == k
    labels = {x for e in edges for x in e}
    assert max(labels) <= 3 * k.bit_length() + 1
    assert len({(min(e), max(e)) for e in edges}) == len(edges)


def test_large_k_within_limit():
    for d in (10, 20, 30):
        problem = ENV.generate(d, 3)
        inst = problem.instance
        edges = binary_ladder(inst["k"])
        assert shortest_path_count(inst["vertex_limit"], edges) == inst["k"]
        assert ENV.verify(problem, f"<answer>{problem.answer}</answer>").correct


def test_bfs_count_matches_networkx_on_random_graphs():
    rng = random.Random(3)
    for _ in range(200):
        n = rng.randint(2, 9)
        edges = [[u, v] for u in range(1, n + 1) for v in range(u + 1, n + 1) if rng.random() < 0.4]
        assert shortest_path_count(n, edges) == _nx_count(edges)


def test_other_valid_constructions_and_faults():
    problem = ENV.generate(0, 1)
    k, limit = problem.instance["k"], problem.instance["vertex_limit"]
    if k + 2 <= limit:  # k parallel routes of length 2: another valid answer
        fan = [[1, 3 + i] for i in range(k)] + [[3 + i, 2] for i in range(k)]
        assert ENV.verify(problem, f"<answer>{format_edge_pairs(fan)}</answer>").correct
    assert "loop" in ENV.verify(problem, "<answer>1 1</answer>").reason
    assert "outside" in ENV.verify(problem, f"<answer>1 {limit + 1}</answer>").reason
    assert "not" in ENV.verify(problem, "<answer>1 2</answer>").reason
