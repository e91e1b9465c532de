"""TreeZeroXorPathsUnderDeletion against a direct recount with networkx after every deletion."""

from __future__ import annotations

from itertools import combinations

import networkx as nx
import pytest

import rlve_gym
from rlve_gym.envs.tree.tree_zero_xor_paths_under_deletion import zero_path_counts

ENV = rlve_gym.make("TreeZeroXorPathsUnderDeletion")


def recount(n, edges):
    counts = []
    for deleted in range(n - 1):
        graph = nx.Graph()
        graph.add_nodes_from(range(n))
        for u, v, w in edges[deleted:]:
            graph.add_edge(u, v, weight=w)
        total = 0
        for a, b in combinations(range(n), 2):
            if nx.has_path(graph, a, b):
                path = nx.shortest_path(graph, a, b)
                xor = 0
                for x, y in zip(path, path[1:], strict=False):
                    xor ^= graph.edges[x, y]["weight"]
                total += xor == 0
        counts.append(total)
    return counts


@pytest.mark.parametrize("difficulty", [0, 1, 2, 4])
def test_counts_match_a_recount_after_every_deletion(difficulty):
    for seed in range(8):
        instance = ENV.generate(difficulty, seed).instance
        assert ENV.solve(instance) == recount(instance["n"], instance["edges"])


def test_hand_made_cases():
    assert zero_path_counts(2, [[0, 1, 0]]) == [1]
    assert zero_path_counts(2, [[0, 1, 3]]) == [0]
    # path 0 -1- 1 -1- 2: only {0, 2}; deleting 0-1 first leaves nothing
    assert zero_path_counts(3, [[0, 1, 1], [1, 2, 1]]) == [1, 0]
    # all-zero star on 4 vertices: 6 pairs, then 3, then 1
    assert zero_path_counts(4, [[0, 1, 0], [0, 2, 0], [0, 3, 0]]) == [6, 3, 1]


def test_checker_needs_the_whole_list_in_order():
    problem = ENV.generate(3, 1)
    counts = problem.answer.split()
    assert ENV.verify(problem, f"<answer>{' '.join(counts)}</answer>").correct
    assert ENV.verify(problem, f"<answer>{', '.join(counts)}</answer>").correct
    assert not ENV.verify(problem, f"<answer>{' '.join(counts[:-1])}</answer>").correct
    assert not ENV.verify(problem, f"<answer>{' '.join(reversed(counts))}</answer>").correct
