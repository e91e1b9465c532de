"""PowerOfTwoJumps: jumps against networkx walk counts (adjacency-matrix powers) and BFS, and
the checker on hand-made sequences."""

from __future__ import annotations

import networkx as nx
import numpy as np
import pytest

import rlve_gym
from rlve_gym import provenance
from rlve_gym.envs.graph.power_of_two_jumps import jump_masks

ENV = rlve_gym.make("PowerOfTwoJumps")


def _jump_graph(n, arcs, k):
    g = nx.DiGraph()
    g.add_nodes_from(range(n))
    g.add_edges_from(map(tuple, arcs))
    a = nx.to_numpy_array(g, nodelist=range(n), dtype=np.int64)
    jumps = nx.DiGraph()
    jumps.add_nodes_from(range(n))
    power = np.eye(n, dtype=np.int64)
    length = 0
    for i in range(k + 1):
        while length < (1 << i):
            power = np.minimum(power @ a, 1)
            length += 1
        jumps.add_edges_from((u, v) for u in range(n) for v in range(n) if power[u, v])
    return jumps


@pytest.mark.parametrize("difficulty", range(0, 12, 2))
def test_fewest_jumps_matches_matrix_powers_and_bfs(difficulty):
    for seed in range(10):
        problem = ENV.generate(difficulty, seed)
        n, arcs, k = problem.instance["n"], problem.instance["arcs"], problem.instance["max_power"]
        jumps = _jump_graph(n, arcs, k)
        masks = jump_masks(n, arcs, k)
        assert all((masks[u] >> v & 1) == jumps.has_edge(u, v) for u in range(n) for v in range(n))
        assert problem.instance["fewest"] == nx.shortest_path_length(jumps, 0, n - 1) >= 1
        for path in list(nx.all_shortest_paths(jumps, 0, n - 1))[:20]:
            assert ENV.verify(problem, "<answer>" + " ".join(map(str, path)) + "</answer>").correct


def test_hand_made_chain():
    # 0 -> 1 -> 2 -> 3 -> 4 with K = 1: jumps of 1 or 2 arcs, so two jumps are needed
    base = ENV.generate(0, 0)
    instance = {"n": 5, "arcs": [[0, 1], [1, 2], [2, 3], [3, 4]], "max_power": 1, "fewest": 2}
    problem = rlve_gym.Problem(base.env_name, base.version, 0, 0, "p", "0 2 4", instance)
    provenance.remember(problem)  # a hand-made instance, not one the generator gives

    def verify(text):
        return ENV.verify(problem, f"<answer>{text}</answer>")

    assert verify("0 2 4").correct and verify("0 1 3 4").reason.endswith("more than needed")
    assert "no allowed jump" in verify("0 3 4").reason
    assert "start at 0" in verify("1 3 4").reason
    assert "not a vertex" in verify("0 9 4").reason


def test_single_jump_answers_are_rare_at_every_level():
    # "0 N-1" (one jump) was the answer on 70% of level-0 and most large-level seeds
    for difficulty in (0, 3, 10, 20, 30):
        ones = sum(ENV.generate(difficulty, seed).instance["fewest"] == 1 for seed in range(40))
        assert ones <= 2, (difficulty, ones)
