"""The shared tree helpers in rlve_gym/trees.py against networkx and direct counting."""

from __future__ import annotations

import random
from collections import Counter

import networkx as nx
import pytest

from rlve_gym import trees
from rlve_gym.graphs import adjacency


def test_pruefer_trees_are_trees_and_uniform_over_all_16_labelled_trees_on_4_vertices():
    rng = random.Random(0)
    seen = Counter()
    for _ in range(16_000):
        edges = trees.random_tree_edges(rng, 4)
        assert trees.is_tree(4, edges) and all(u < v for u, v in edges)
        seen[frozenset(map(tuple, edges))] += 1
    assert len(seen) == 16  # Cayley: 4^(4-2)
    assert min(seen.values()) > 800 and max(seen.values()) < 1200


@pytest.mark.parametrize("n", [1, 2, 3, 10, 57])
def test_generators_give_trees_of_the_requested_size(n):
    rng = random.Random(n)
    assert trees.is_tree(n, trees.random_tree_edges(rng, n))
    parent, root = trees.relabel_parents(rng, trees.random_recursive_parents(rng, n, max_back=3))
    assert parent[root] == -1 and parent.count(-1) == 1
    assert trees.is_tree(n, trees.parents_to_edges(parent))
    kept, kept_root = trees.relabel_parents(
        rng, trees.random_recursive_parents(rng, n), keep_root=True
    )
    assert kept_root == 0 and kept[0] == -1
    if n > 4:
        hub = trees.random_tree_with_hub(rng, n, 4)
        assert trees.is_tree(n, hub) and max(map(len, adjacency(n, hub))) >= 4


def test_random_binary_tree_orders_are_consistent():
    rng = random.Random(1)
    for n in range(1, 30):
        left, right, root = trees.random_binary_tree(rng, n)
        orders = trees.binary_tree_orders(left, right, root)
        for name in ("preorder", "inorder", "postorder"):
            assert sorted(orders[name]) == list(range(n))
        assert orders["preorder"][0] == root and orders["postorder"][-1] == root


def test_is_tree_rejects_cycles_forests_and_bad_vertices():
    assert trees.is_tree(1, [])
    assert not trees.is_tree(3, [[0, 1], [0, 1]])
    assert not trees.is_tree(4, [[0, 1], [2, 3], [0, 1]])
    assert not trees.is_tree(3, [[0, 1], [1, 3]])
    assert not trees.is_tree(3, [[0, 1]])


def test_distances_diameter_and_distance_sums_match_networkx():
    rng = random.Random(2)
    for _ in range(30):
        n = rng.randint(1, 25)
        edges = [[u, v, rng.randint(1, 9)] for u, v in trees.random_tree_edges(rng, n)]
        weights = [rng.randint(1, 5) for _ in range(n)]
        graph = nx.Graph()
        graph.add_nodes_from(range(n))
        graph.add_weighted_edges_from(map(tuple, edges))
        dist = dict(nx.all_pairs_dijkstra_path_length(graph))
        expected = [sum(weights[v] * dist[u][v] for v in range(n)) for u in range(n)]
        assert trees.distance_sums(n, edges, weights) == expected
        hops = dict(nx.all_pairs_shortest_path_length(graph))
        adj = adjacency(n, edges)
        assert trees.all_pairs_distances(adj) == [[hops[u][v] for v in range(n)] for u in range(n)]
        length, a, b = trees.tree_diameter(adj)
        assert length == (nx.diameter(graph) if n > 1 else 0) and hops[a][b] == length
        assert trees.path_between(adj, a, b) == nx.shortest_path(graph, a, b)


def test_induced_connectivity_and_vertex_set_problems():
    adj = adjacency(4, [[0, 1], [1, 2], [2, 3]])
    assert trees.induced_is_connected(adj, [1, 2, 3])
    assert not trees.induced_is_connected(adj, [0, 2])
    assert trees.vertex_set_problem([0, 2], 4, 2) is None
    assert "exactly 3" in trees.vertex_set_problem([0, 2], 4, 3)
    assert trees.vertex_set_problem([0, 0], 4, 2)
    assert trees.vertex_set_problem([0, 4], 4, 2)


def test_tree_statement_lists_every_edge():
    text = trees.tree_statement(3, [[0, 1, 4], [1, 2, 5]], weight="length", rooted=True)
    assert "rooted at vertex 0" in text and text.endswith("0 1 4\n1 2 5")
    assert '"u v" means' in trees.tree_statement(2, [[0, 1]])


def test_vertex_pair_parsing_and_checks():
    from rlve_gym.answers import ParseError

    assert trees.parse_vertex_pair(" 3, 5 ") == [3, 5]
    for text in ("3", "3 4 5", "a b"):
        with pytest.raises(ParseError):
            trees.parse_vertex_pair(text)
    assert trees.vertex_pair_problem([3, 5], 6) is None
    assert "distinct" in trees.vertex_pair_problem([2, 2], 6)
    assert "not a vertex" in trees.vertex_pair_problem([2, 6], 6)
