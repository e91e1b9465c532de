"""DepthWeightedSpanningTree against exhaustive search over every spanning tree of small graphs
(networkx SpanningTreeIterator): the optimum, and acceptance of exactly the cheapest trees."""

from __future__ import annotations

import random

import networkx as nx
import pytest

import rlve_gym
from rlve_gym.envs.graph.depth_weighted_spanning_tree import depth_weighted_cost
from rlve_gym.graphs import add_weights, edge_weights, format_edge_pairs, random_connected_graph
from rlve_gym.kernels.graph_search import depth_weighted_spanning_tree

ENV = rlve_gym.make("DepthWeightedSpanningTree")


def _trees(n, edges):
    g = nx.Graph()
    g.add_nodes_from(range(n))
    g.add_weighted_edges_from(map(tuple, edges))
    if n == 1:
        yield []
        return
    for t in nx.SpanningTreeIterator(g):
        yield [list(e) for e in t.edges()]


def _best(n, edges, root):
    table = edge_weights(edges)
    return min(depth_weighted_cost(n, t, table, root) for t in _trees(n, edges))


@pytest.mark.parametrize("difficulty", range(3))
def test_optimum_and_every_tree_judged(difficulty):
    for seed in range(6):
        problem = ENV.generate(difficulty, seed)
        inst = problem.instance
        table = edge_weights(inst["edges"])
        best = _best(inst["n"], inst["edges"], inst["root"])
        assert inst["optimum"] == best
        for count, tree in enumerate(_trees(inst["n"], inst["edges"])):
            if count > 1500:
                break
            ok = depth_weighted_cost(inst["n"], tree, table, inst["root"]) == best
            assert ENV.verify(problem, f"<answer>{format_edge_pairs(tree)}</answer>").correct == ok


def test_kernel_on_random_graphs():
    rng = random.Random(41)
    for _ in range(60):
        n = rng.randint(1, 7)
        edges = add_weights(
            rng, random_connected_graph(rng, n, rng.randint(n - 1, n * (n - 1) // 2)), 1, 9
        )
        root = rng.randrange(n)
        cost, tree = depth_weighted_spanning_tree(n, edges, root)
        assert (
            cost == depth_weighted_cost(n, tree, edge_weights(edges), root) == _best(n, edges, root)
        )


def test_deeper_edges_cost_more():
    # a path 0-1-2 rooted at 0 costs w01 * 1 + w12 * 2
    cost, tree = depth_weighted_spanning_tree(3, [[0, 1, 5], [1, 2, 7]], 0)
    assert cost == 5 + 14 and sorted(tree) == [[0, 1], [1, 2]]
