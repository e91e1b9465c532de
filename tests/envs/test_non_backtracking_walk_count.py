"""NonBacktrackingWalkCount: the matrix power against a step-by-step dynamic programme with
exact integers (small T) and against explicit enumeration of walks (tiny T)."""

from __future__ import annotations

import random

import networkx as nx
import numpy as np
import pytest

import rlve_gym
from rlve_gym.envs.graph.non_backtracking_walk_count import count_walks

ENV = rlve_gym.make("NonBacktrackingWalkCount")


def _enumerate(n, edges, steps):
    g = nx.Graph()
    g.add_nodes_from(range(n))
    g.add_edges_from(map(tuple, edges))
    walks = [[0]]
    for _ in range(steps):
        walks = [w + [x] for w in walks for x in g[w[-1]] if len(w) < 2 or x != w[-2]]
    return sum(w[-1] == n - 1 for w in walks)


def _dynamic_programme(n, edges, steps):
    arcs = [(u, v) for u, v in edges] + [(v, u) for u, v in edges]
    ways = {a: int(a[0] == 0) for a in arcs}
    for _ in range(steps - 1):
        following = dict.fromkeys(arcs, 0)
        for (u, v), count in ways.items():
            for x, w in arcs:
                if x == v and w != u:
                    following[(x, w)] += count
        ways = following
    return sum(c for (_, v), c in ways.items() if v == n - 1)


@pytest.mark.parametrize("seed", range(30))
def test_matrix_power_matches_enumeration_and_exact_dp(seed):
    rng = random.Random(seed)
    n = rng.randint(2, 6)
    edges = [[u, v] for u in range(n) for v in range(u + 1, n) if rng.random() < 0.6] or [
        [0, n - 1]
    ]
    for steps in range(1, 7):
        assert count_walks(n, edges, steps, 1_000_000_007) == _enumerate(n, edges, steps)
    steps = rng.randint(20, 60)
    exact = _dynamic_programme(n, edges, steps)
    for prime in (1_000_000_007, 998_244_353, 1_000_003):
        assert count_walks(n, edges, steps, prime) == exact % prime


@pytest.mark.parametrize("difficulty", range(0, 9, 2))
def test_generated_answers_match_the_exact_dp(difficulty):
    for seed in range(4):
        problem = ENV.generate(difficulty, seed)
        inst = problem.instance
        if inst["steps"] > 200:
            continue
        assert (
            int(problem.answer)
            == _dynamic_programme(inst["n"], inst["edges"], inst["steps"]) % inst["modulus"]
        )


def test_a_single_edge_cannot_be_walked_back():
    assert count_walks(2, [[0, 1]], 1, 7) == 1
    assert count_walks(2, [[0, 1]], 3, 7) == 0
    # a triangle: exactly one non-backtracking walk per direction
    assert count_walks(3, [[0, 1], [1, 2], [0, 2]], 2, 101) == 1


@pytest.mark.parametrize("seed", range(12))
def test_vertex_recurrence_matches_the_arc_dp_on_larger_graphs(seed):
    # the solver works on 2N vertex states, the DP above on arcs: they must agree beyond tiny graphs
    rng = random.Random(1000 + seed)
    n = rng.randint(7, 11)
    edges = [[u, v] for u in range(n) for v in range(u + 1, n) if rng.random() < 0.35]
    if [0, n - 1] not in edges:
        edges.append([0, n - 1])
    steps = rng.randint(3, 40)
    assert (
        count_walks(n, edges, steps, 998_244_353)
        == _dynamic_programme(n, edges, steps) % 998_244_353
    )


def test_level_zero_graphs_are_not_all_the_complete_graph():
    shapes = {tuple(sorted(map(tuple, ENV.generate(0, s).instance["edges"]))) for s in range(20)}
    assert len(shapes) > 1


def _matrix_power_count(n, edges, steps, prime):
    """The former solver: row 0 of (W_k, W_{k-1}) times a 2N x 2N matrix power, with exact
    Python integers (object arrays), as the oracle for the recurrence-based kernel."""
    adjacency = np.zeros((n, n), dtype=object)
    for u, v in edges:
        adjacency[u, v] = adjacency[v, u] = 1
    degrees = adjacency.sum(axis=1)
    first = adjacency[0:1, :] % prime
    if steps == 1:
        return int(first[0, n - 1])
    second = (first @ adjacency) % prime
    second[0, 0] = (second[0, 0] - degrees[0]) % prime
    step = np.zeros((2 * n, 2 * n), dtype=object)
    step[:n, :n] = adjacency
    step[:n, n:] = np.eye(n, dtype=np.int64).astype(object)
    step[n:, :n] = np.diag([(1 - d) % prime for d in degrees])
    state = np.concatenate([second, first], axis=1)
    exponent, power = steps - 2, step
    while exponent:
        if exponent & 1:
            state = (state @ power) % prime
        exponent >>= 1
        power = (power @ power) % prime
    return int(state[0, n - 1]) % prime


@pytest.mark.parametrize("difficulty", [0, 4, 9, 14, 20])
def test_recurrence_kernel_matches_the_matrix_power(difficulty):
    for seed in range(8):
        inst = ENV.generate(difficulty, seed).instance
        n, edges, prime = inst["n"], inst["edges"], inst["modulus"]
        for steps in (3, 2 * n + 5, 4 * n + 1, inst["steps"], 10**25 + seed):
            assert count_walks(n, edges, steps, prime) == _matrix_power_count(
                n, edges, steps, prime
            )
