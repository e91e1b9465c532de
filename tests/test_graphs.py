"""The shared graph helpers: generators produce what they promise (checked with networkx),
pair indexing is a bijection, and the edge-list parser accepts the documented forms only."""

from __future__ import annotations

import random

import networkx as nx
import pytest

from rlve_gym import graphs
from rlve_gym.answers import ParseError


@pytest.mark.parametrize("directed", [False, True])
@pytest.mark.parametrize("n", range(2, 9))
def test_pair_index_is_a_bijection(n, directed):
    total = graphs.pair_count(n, directed)
    pairs = [graphs._pair_from_index(i, n, directed) for i in range(total)]
    assert len({tuple(p) for p in pairs}) == total
    assert all(u != v and 0 <= u < n and 0 <= v < n for u, v in pairs)
    assert [graphs._pair_index(u, v, n, directed) for u, v in pairs] == list(range(total))
    if not directed:
        assert all(u < v for u, v in pairs)


def _nx(n, edges, directed=False):
    g = nx.DiGraph() if directed else nx.Graph()
    g.add_nodes_from(range(n))
    g.add_edges_from(tuple(e[:2]) for e in edges)
    return g


def test_generators_keep_their_promises():
    rng = random.Random(1)
    for _ in range(300):
        n, m = rng.randint(1, 12), rng.randint(0, 80)
        edges = graphs.random_connected_graph(rng, n, m)
        g = _nx(n, edges)
        assert nx.is_connected(g) and g.number_of_edges() == len(edges) == min(
            max(m, n - 1), n * (n - 1) // 2
        )
        assert all(u < v for u, v in edges)
        arcs, order = graphs.random_dag(rng, n, m)
        position = {v: i for i, v in enumerate(order)}
        assert nx.is_directed_acyclic_graph(_nx(n, arcs, True))
        assert all(position[u] < position[v] for u, v in arcs)
        arcs = graphs.random_reachable_digraph(rng, n, m)
        d = _nx(n, arcs, True)
        assert len(nx.descendants(d, 0)) == n - 1 and d.number_of_edges() == len(arcs)
        tree = graphs.random_tree(rng, n)
        assert n == 1 or nx.is_tree(_nx(n, tree))


def test_sample_pairs_respects_exclusions_and_clamps():
    rng = random.Random(2)
    excluded = [[0, 1], [2, 3]]
    pairs = graphs.sample_pairs(rng, 4, 100, exclude=excluded)
    assert len(pairs) == 4 and not {tuple(p) for p in pairs} & {(0, 1), (2, 3)}


def test_same_seed_same_graph():
    a = graphs.random_connected_graph(random.Random(5), 20, 40)
    b = graphs.random_connected_graph(random.Random(5), 20, 40)
    assert a == b


def test_edge_pairs_round_trip_and_reject_odd_counts():
    assert graphs.parse_edge_pairs("0 1, 1 2", 5) == [[0, 1], [1, 2]]
    assert graphs.parse_edge_pairs("(0,1) [1 2]", 5) == [[0, 1], [1, 2]]
    assert graphs.parse_edge_pairs(graphs.format_edge_pairs([[3, 4], [5, 6]]), 5) == [
        [3, 4],
        [5, 6],
    ]
    with pytest.raises(ParseError):
        graphs.parse_edge_pairs("0 1 2", 5)
    with pytest.raises(ParseError):
        graphs.parse_edge_pairs("0 1, " * 10, 3)


def test_vertex_list_problem_names_the_fault():
    assert graphs.vertex_list_problem([0, 2, 1], 3) is None
    assert "not a vertex" in graphs.vertex_list_problem([0, 3], 3)
    assert "more than once" in graphs.vertex_list_problem([1, 1], 3)
    assert graphs.vertex_list_problem([1, 1], 3, distinct=False) is None


def test_walk_helpers_on_a_small_digraph():
    arcs = graphs.edge_weights([[0, 1, 5], [1, 2, 7], [0, 1, 3]], directed=True)
    assert arcs[(0, 1)] == 3
    assert graphs.walk_problem([0, 1, 2], arcs, True) is None
    assert graphs.walk_weight([0, 1, 2], arcs, True) == 10
    assert "no edge" in graphs.walk_problem([2, 1], arcs, True)
    undirected = graphs.edge_weights([[2, 1, 4]])
    assert graphs.walk_problem([1, 2, 1], undirected, False) is None


def test_strongly_connected_components_match_networkx_and_are_topologically_numbered():
    rng = random.Random(4)
    for _ in range(200):
        n = rng.randint(1, 12)
        arcs = graphs.random_digraph(rng, n, rng.randint(0, 30))
        component = graphs.strongly_connected_components(n, arcs)
        expected = {frozenset(c) for c in nx.strongly_connected_components(_nx(n, arcs, True))}
        got = {}
        for v, c in enumerate(component):
            got.setdefault(c, set()).add(v)
        assert {frozenset(c) for c in got.values()} == expected
        assert all(component[u] <= component[v] for u, v in arcs)


def test_topological_order_smallest_and_largest_first():
    arcs = [[2, 0], [1, 0]]
    assert graphs.topological_order(3, arcs) == [1, 2, 0]
    assert graphs.topological_order(3, arcs, largest_first=True) == [2, 1, 0]
    assert graphs.topological_order(2, [[0, 1], [1, 0]]) is None


def test_bridges_of_a_hand_made_graph():
    assert graphs.bridges(5, [[0, 1], [1, 2], [0, 2], [2, 3]]) == [[2, 3]]
    assert graphs.bridges(1, []) == []
