"""The shared flow and matching solvers (rlve_gym.kernels.flows) against networkx and brute force
on random small networks."""

from __future__ import annotations

import itertools
import random

import networkx as nx
import pytest

from rlve_gym.kernels.flows import (
    FlowNetwork,
    bipartite_matching,
    min_cost_assignment,
    min_cost_flow,
)


def _random_arcs(rng, n):
    return [
        [u, v, rng.randint(0, 6), rng.randint(0, 9)]
        for u in range(n)
        for v in range(n)
        if u != v and rng.random() < 0.4
    ]


@pytest.mark.parametrize("seed", range(120))
def test_max_flow_min_cut_and_min_cost_flow_match_networkx(seed):
    rng = random.Random(seed)
    n = rng.randint(2, 9)
    arcs = _random_arcs(rng, n)
    g = nx.DiGraph()
    g.add_nodes_from(range(n))
    for u, v, cap, cost in arcs:
        g.add_edge(u, v, capacity=cap, weight=cost)
    net = FlowNetwork(n)
    ids = [net.add_arc(u, v, cap) for u, v, cap, _ in arcs]
    value = net.max_flow(0, n - 1)
    assert value == nx.maximum_flow_value(g, 0, n - 1)
    side = net.source_side(0)
    assert side[0] and not side[n - 1]
    assert sum(cap for u, v, cap, _ in arcs if side[u] and not side[v]) == value
    assert all(0 <= net.flow_on(i) <= arcs[i][2] for i in ids)
    units, cost, flows = min_cost_flow(n, arcs, 0, n - 1)
    assert units == value
    assert cost == nx.cost_of_flow(g, nx.max_flow_min_cost(g, 0, n - 1))
    assert cost == sum(f * a[3] for f, a in zip(flows, arcs, strict=True))


def test_min_cost_flow_respects_a_flow_bound():
    arcs = [[0, 1, 5, 1], [0, 2, 5, 3], [1, 3, 5, 1], [2, 3, 5, 1]]
    assert min_cost_flow(4, arcs, 0, 3, max_units=7)[:2] == (7, 5 * 2 + 2 * 4)


@pytest.mark.parametrize("seed", range(80))
def test_assignment_and_matching_match_brute_force(seed):
    rng = random.Random(seed)
    rows = rng.randint(1, 5)
    cols = rng.randint(rows, 6)
    matrix = [[rng.randint(-5, 20) for _ in range(cols)] for _ in range(rows)]
    best = min(
        sum(matrix[i][p[i]] for i in range(rows)) for p in itertools.permutations(range(cols), rows)
    )
    total, column = min_cost_assignment(matrix)
    assert total == best and len(set(column)) == rows
    adjacency = [[j for j in range(cols) if rng.random() < 0.3] for _ in range(rows)]
    matched = bipartite_matching(rows, cols, adjacency)
    used = [x for x in matched if x >= 0]
    assert len(set(used)) == len(used)
    assert all(x in adjacency[i] for i, x in enumerate(matched) if x >= 0)
    g = nx.Graph()
    g.add_nodes_from(range(rows))
    g.add_nodes_from(range(100, 100 + cols))
    g.add_edges_from((i, 100 + j) for i in range(rows) for j in adjacency[i])
    assert len(used) == len(nx.bipartite.maximum_matching(g, top_nodes=range(rows))) // 2
