"""SpanningTreeGcdSum against networkx: the gcd sum over every spanning tree
(SpanningTreeIterator) on small graphs, and the modular matrix-tree count against
an enumeration of spanning trees."""

from __future__ import annotations

import random
from functools import reduce
from math import gcd

import networkx as nx
import pytest

import rlve_gym
from rlve_gym.envs.graph.spanning_tree_gcd_sum import spanning_tree_gcd_sum
from rlve_gym.graphs import add_weights, random_connected_graph
from rlve_gym.kernels.graph_search import spanning_tree_count_mod

ENV = rlve_gym.make("SpanningTreeGcdSum")


def _graph(n, edges):
    g = nx.Graph()
    g.add_nodes_from(range(n))
    g.add_weighted_edges_from(map(tuple, edges))
    return g


def _brute(n, edges):
    return sum(
        reduce(gcd, (w for _, _, w in t.edges(data="weight")))
        for t in nx.SpanningTreeIterator(_graph(n, edges))
    )


@pytest.mark.parametrize(("n", "m"), [(4, 6), (5, 8), (6, 10), (7, 12)])
def test_sum_matches_every_spanning_tree(n, m):
    # small sizes directly: from d = 1 on the graphs have too many spanning trees to list
    for seed in range(6):
        sizes = {"vertices": n, "edges": m, "max_weight": 12 + 2 * n}
        inst = ENV.generate_instance(random.Random(f"small:{n}:{seed}"), sizes)
        assert ENV.solve(inst) == _brute(inst["n"], inst["edges"]) % inst["modulus"]


def test_tree_counts_and_shared_divisors():
    rng = random.Random(2)
    for _ in range(60):
        n = rng.randint(2, 6)
        edges = add_weights(
            rng, random_connected_graph(rng, n, rng.randint(n - 1, n * (n - 1) // 2)), 1, 12
        )
        expected = sum(1 for _ in nx.SpanningTreeIterator(_graph(n, edges)))
        assert spanning_tree_count_mod(n, edges, 1_000_003) == expected % 1_000_003
        assert spanning_tree_gcd_sum(n, edges, 998_244_353) == _brute(n, edges) % 998_244_353
    assert spanning_tree_count_mod(1, [], 7) == 1
    assert spanning_tree_count_mod(3, [[0, 1]], 7) == 0
    # all weights even: every tree's gcd is at least 2
    triangle = [[0, 1, 4], [1, 2, 6], [0, 2, 8]]
    assert spanning_tree_gcd_sum(3, triangle, 101) == 2 + 2 + 4


def test_array_laplacians_match_the_plain_form():
    """The bincount-built Laplacians give the same sums as one edge filter per divisor."""
    import random as _random

    from rlve_gym.envs.graph.spanning_tree_gcd_sum import (
        spanning_tree_gcd_sum,
        spanning_tree_gcd_sum_plain,
    )
    from rlve_gym.graphs import add_weights, random_connected_graph

    rng = _random.Random(8)
    for _ in range(200):
        n = rng.randint(2, 12)
        edges = add_weights(
            rng, random_connected_graph(rng, n, rng.randint(n - 1, n * (n - 1) // 2)), 1, 40
        )
        prime = rng.choice([1_000_000_007, 998_244_353, 101])
        assert spanning_tree_gcd_sum(n, edges, prime) == spanning_tree_gcd_sum_plain(
            n, edges, prime
        )
