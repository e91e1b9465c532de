"""MinimumSpanningTreeCount against networkx: every spanning tree enumerated on small graphs,
and the shared matrix-tree helper against an exact sympy determinant on multigraphs."""

from __future__ import annotations

import random

import networkx as nx
import pytest
import sympy

import rlve_gym
from rlve_gym.envs.graph.minimum_spanning_tree_count import count_minimum_spanning_trees
from rlve_gym.graphs import spanning_tree_count_mod

ENV = rlve_gym.make("MinimumSpanningTreeCount")
PRIME = 1_000_000_007


def _minimum_trees_by_enumeration(n, edges):
    g = nx.Graph()
    g.add_nodes_from(range(n))
    g.add_weighted_edges_from(map(tuple, edges))
    weights = [t.size(weight="weight") for t in nx.SpanningTreeIterator(g)]
    return weights.count(min(weights))


@pytest.mark.parametrize(("n", "m"), [(5, 6), (6, 8), (7, 9), (7, 12), (8, 12)])
def test_count_matches_enumeration_of_all_spanning_trees(n, m):
    # small sparse instances from the generator directly: the schedule's graphs (about three
    # edges per vertex) have tens of thousands of spanning trees, too many to enumerate here
    for seed in range(12):
        sizes = {"vertices": n, "edges": m, "max_weight": 2}
        instance = ENV.generate_instance(random.Random(f"small:{n}:{m}:{seed}"), sizes)
        assert ENV.solve(instance) == (
            _minimum_trees_by_enumeration(n, instance["edges"]) % instance["modulus"]
        )


@pytest.mark.parametrize("seed", range(40))
def test_matrix_tree_helper_matches_networkx_on_multigraphs(seed):
    rng = random.Random(seed)
    n = rng.randint(1, 7)
    edges = [[rng.randrange(n), rng.randrange(n)] for _ in range(rng.randint(0, 12))]
    g = nx.MultiGraph()
    g.add_nodes_from(range(n))
    g.add_edges_from((u, v) for u, v in edges if u != v)
    laplacian = sympy.zeros(n, n)
    for u, v in g.edges():
        laplacian[u, u] += 1
        laplacian[v, v] += 1
        laplacian[u, v] -= 1
        laplacian[v, u] -= 1
    expected = int(laplacian[1:, 1:].det()) if n > 1 else 1
    assert (expected > 0) == nx.is_connected(g)
    assert spanning_tree_count_mod(n, edges, PRIME) == expected % PRIME


def test_hand_made_counts():
    # a 4-cycle with equal weights: 4 trees; with one heavy edge: 1 tree; K4 equal: 16
    cycle = [[0, 1, 1], [1, 2, 1], [2, 3, 1], [0, 3, 1]]
    assert count_minimum_spanning_trees(4, cycle, PRIME) == 4
    assert count_minimum_spanning_trees(4, cycle[:3] + [[0, 3, 2]], PRIME) == 1
    k4 = [[u, v, 5] for u in range(4) for v in range(u + 1, 4)]
    assert count_minimum_spanning_trees(4, k4, PRIME) == 16
    assert count_minimum_spanning_trees(4, k4, 7) == 2
    assert count_minimum_spanning_trees(1, [], PRIME) == 1
