"""MinimumSteinerTree against exhaustive search over every edge subset of small graphs (networkx
only checks connectivity; its steiner_tree is an approximation, so it is not the oracle)."""

from __future__ import annotations

import itertools
import random

import networkx as nx
import pytest

import rlve_gym
from rlve_gym.graphs import add_weights, format_edge_pairs, random_connected_graph
from rlve_gym.kernels.graph_search import steiner_tree

ENV = rlve_gym.make("MinimumSteinerTree")


def _connects(subset, terminals):
    g = nx.Graph([(u, v) for u, v, _ in subset])
    g.add_nodes_from(terminals)
    return nx.node_connected_component(g, terminals[0]) >= set(terminals)


def _subsets(edges):
    for size in range(len(edges) + 1):
        yield from itertools.combinations(edges, size)


def _best(edges, terminals):
    return min(sum(w for _, _, w in s) for s in _subsets(edges) if _connects(s, terminals))


@pytest.mark.parametrize("difficulty", range(3))
def test_optimum_and_every_edge_subset_judged(difficulty):
    for seed in range(6):
        problem = ENV.generate(difficulty, seed)
        inst = problem.instance
        edges = [tuple(e) for e in inst["edges"]]
        best = _best(edges, inst["terminals"])
        assert inst["optimum"] == best
        for subset in _subsets(edges):
            ok = _connects(subset, inst["terminals"]) and sum(w for _, _, w in subset) == best
            verdict = ENV.verify(problem, f"<answer>{format_edge_pairs(subset)}</answer>")
            assert verdict.correct == ok


def test_kernel_on_random_graphs():
    rng = random.Random(21)
    for _ in range(60):
        n = rng.randint(2, 7)
        edges = add_weights(
            rng, random_connected_graph(rng, n, rng.randint(n - 1, min(11, n * (n - 1) // 2))), 1, 6
        )
        terminals = sorted(rng.sample(range(n), rng.randint(2, n)))
        weight, tree = steiner_tree(n, edges, terminals)
        table = {(min(u, v), max(u, v)): w for u, v, w in edges}
        assert (
            weight
            == _best([tuple(e) for e in edges], terminals)
            == sum(table[tuple(e)] for e in tree)
        )
        assert _connects([(u, v, 0) for u, v in tree], terminals)
    assert steiner_tree(3, [[0, 1, 5], [1, 2, 5]], [1]) == (0, [])


def test_faults_have_reasons():
    problem = ENV.generate(6, 2)
    tree = problem.instance["tree"]
    assert (
        "not connected"
        in ENV.verify(problem, f"<answer>{format_edge_pairs(tree[:-1])}</answer>").reason
    )
    misses = ENV.near_misses(problem)
    if len(misses) > 2:
        assert "not the minimum" in ENV.verify(problem, f"<answer>{misses[2]}</answer>").reason
