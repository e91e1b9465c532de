"""CycleXorZeroCheck against the XOR of every cycle in a networkx cycle basis (a cycle space over
GF(2) is zero-weight everywhere exactly when its basis is)."""

from __future__ import annotations

import networkx as nx
import pytest

import rlve_gym
from rlve_gym.envs.graph.cycle_xor_zero_check import all_cycles_xor_zero

ENV = rlve_gym.make("CycleXorZeroCheck")


def _basis_says_zero(n, edges):
    g = nx.Graph()
    g.add_nodes_from(range(n))
    for u, v, w in edges:
        g.add_edge(u, v, w=w)
    for cycle in nx.cycle_basis(g):
        xor = 0
        for a, b in zip(cycle, cycle[1:] + cycle[:1], strict=False):
            xor ^= g[a][b]["w"]
        if xor:
            return False
    return True


@pytest.mark.parametrize("difficulty", range(8))
def test_answer_matches_cycle_basis(difficulty):
    answers = []
    for seed in range(25):
        problem = ENV.generate(difficulty, seed)
        n, edges = problem.instance["n"], problem.instance["edges"]
        expected = "YES" if _basis_says_zero(n, edges) else "NO"
        assert problem.answer == expected
        answers.append(expected)
    assert 5 <= answers.count("YES") <= 20


def test_edge_cases():
    assert all_cycles_xor_zero(1, [])
    assert all_cycles_xor_zero(3, [[0, 1, 5], [1, 2, 7]])  # a tree has no cycle
    assert all_cycles_xor_zero(3, [[0, 1, 1], [1, 2, 2], [0, 2, 3]])
    assert not all_cycles_xor_zero(3, [[0, 1, 1], [1, 2, 2], [0, 2, 1]])
    # disconnected: a bad triangle in the second component
    assert not all_cycles_xor_zero(6, [[0, 1, 1], [3, 4, 1], [4, 5, 1], [3, 5, 1]])


def test_answers_are_case_insensitive_and_others_malformed():
    problem = ENV.generate(3, 0)
    assert ENV.verify(problem, f"<answer>{problem.answer.lower()}</answer>").correct
    assert not ENV.verify(problem, "<answer>maybe</answer>").format_ok
