"""AsymmetricGraphMaxEdges against exhaustive search over edge sets (N <= 8), asymmetric tree
counts against networkx's enumeration of free trees, and explicit networkx-checked witnesses
(a sparsest asymmetric graph and its complement) for larger N."""

from __future__ import annotations

from functools import cache
from itertools import combinations
from math import comb

import networkx as nx
import pytest
from networkx.algorithms.isomorphism import GraphMatcher

import rlve_gym
from rlve_gym.envs.graph.asymmetric_graph_max_edges import (
    asymmetric_graph_exists,
    asymmetric_tree_counts,
    max_asymmetric_edges,
    max_tree_components,
    min_asymmetric_edges,
)

ENV = rlve_gym.make("AsymmetricGraphMaxEdges")


def is_asymmetric(graph: nx.Graph) -> bool:
    """networkx oracle: the identity is the only self-isomorphism."""
    automorphisms = GraphMatcher(graph, graph).isomorphisms_iter()
    return next(automorphisms, None) is not None and next(automorphisms, None) is None


def has_twins(n: int, neighbours: list[set[int]]) -> bool:
    """Two vertices with equal neighbourhoods (apart from each other) swap by an automorphism."""
    return any(neighbours[u] - {v} == neighbours[v] - {u} for u, v in combinations(range(n), 2))


@cache
def brute_min_edges(n: int) -> int | None:
    """Fewest edges of an asymmetric graph on n vertices by trying edge sets by increasing size."""
    pairs = list(combinations(range(n), 2))
    for m in range(len(pairs) + 1):
        for chosen in combinations(pairs, m):
            neighbours = [set() for _ in range(n)]
            for u, v in chosen:
                neighbours[u].add(v)
                neighbours[v].add(u)
            if has_twins(n, neighbours):
                continue
            graph = nx.Graph()
            graph.add_nodes_from(range(n))
            graph.add_edges_from(chosen)
            if is_asymmetric(graph):
                return m
    return None


def networkx_asymmetric_trees(order: int) -> list[nx.Graph]:
    if order == 1:
        return [nx.empty_graph(1)]
    return [t for t in nx.nonisomorphic_trees(order) if is_asymmetric(t)]


def spider(order: int) -> nx.Graph:
    """An asymmetric tree of any order >= 7: legs of distinct lengths 1, 2 and order - 4."""
    graph = nx.Graph()
    graph.add_node(0)
    next_vertex = 1
    for leg in (1, 2, order - 4):
        previous = 0
        for _ in range(leg):
            graph.add_edge(previous, next_vertex)
            previous, next_vertex = next_vertex, next_vertex + 1
    return graph


def sparsest_witness(n: int) -> nx.Graph:
    """K1 plus the smallest distinct asymmetric trees, the leftover vertices in the largest one."""
    if n == 7:
        return spider(7)
    components, used, order = [nx.empty_graph(1)], 1, 7
    while True:
        trees = networkx_asymmetric_trees(order)
        fitting = trees[: (n - used) // order]
        components += fitting
        used += order * len(fitting)
        if len(fitting) < len(trees):
            break
        order += 1
    if used < n:
        components[-1] = spider(components[-1].number_of_nodes() + n - used)
    return nx.disjoint_union_all(components)


@pytest.mark.parametrize("n", range(1, 9))
def test_min_edges_match_exhaustive_search(n):
    expected = brute_min_edges(n)
    assert asymmetric_graph_exists(n) == (expected is not None)
    if expected is not None:
        assert min_asymmetric_edges(n) == expected
        assert max_asymmetric_edges(n) == comb(n, 2) - expected


def test_no_asymmetric_graph_on_two_to_five_vertices():
    for n in range(2, 6):
        assert not asymmetric_graph_exists(n)
        with pytest.raises(ValueError):
            min_asymmetric_edges(n)


def test_small_answers_by_hand():
    # N = 6 needs a cycle (triangle with pendant paths 0, 1, 2): 6 edges, so 15 - 6 = 9.
    expected = {1: 0, 6: 9, 7: 15, 8: 22, 9: 29, 10: 37, 15: 92, 16: 107}
    assert {n: max_asymmetric_edges(n) for n in expected} == expected


def test_asymmetric_tree_counts_match_networkx_enumeration():
    counts = asymmetric_tree_counts(13)
    assert [len(networkx_asymmetric_trees(k)) for k in range(1, 14)] == list(counts[1:])


def test_asymmetric_tree_counts_are_stable_when_computed_further():
    assert asymmetric_tree_counts(40)[:21] == asymmetric_tree_counts(20)


@pytest.mark.parametrize("n", [7, 8, 9, 16, 17, 24, 25, 33, 40, 52, 53, 64])
def test_witness_and_its_complement_reach_the_bounds(n):
    witness = sparsest_witness(n)
    assert witness.number_of_nodes() == n
    assert witness.number_of_edges() == n - max_tree_components(n) == min_asymmetric_edges(n)
    assert is_asymmetric(witness)
    complement = nx.complement(witness)
    assert complement.number_of_edges() == max_asymmetric_edges(n)
    assert is_asymmetric(complement)


def test_tree_component_count_is_greedy_over_sorted_orders():
    counts = asymmetric_tree_counts(12)
    orders = [1] + [k for k in range(7, 13) for _ in range(counts[k])]
    for n in range(1, 300):
        prefix, best = 0, 0
        for order in orders:
            prefix += order
            if prefix > n:
                break
            best += 1
        assert max_tree_components(n) == best


def test_generated_instances_avoid_impossible_sizes_and_verify():
    for d in range(0, 12):
        for seed in range(15):
            problem = ENV.generate(d, seed)
            n = problem.instance["n"]
            assert n >= 6
            assert int(problem.answer) == max_asymmetric_edges(n)
            if n <= 8:
                assert int(problem.answer) == comb(n, 2) - brute_min_edges(n)
            assert ENV.verify(problem, f"<answer>{problem.answer}</answer>").correct
            assert not ENV.verify(problem, f"<answer>{comb(n, 2)}</answer>").correct
            assert not ENV.verify(problem, f"<answer>{int(problem.answer) + 1}</answer>").correct


def test_malformed_answers_are_format_errors():
    problem = ENV.generate(3, 1)
    for text in ("", "twelve", "12 13", "1/2"):
        verdict = ENV.verify(problem, f"<answer>{text}</answer>")
        assert not verdict.correct and not verdict.format_ok
