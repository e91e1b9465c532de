"""TreeEqualizeLeafDepths against exhaustive search over every amount of shortening per edge."""

from __future__ import annotations

import random
from itertools import product

import networkx as nx
import pytest

import rlve_gym
from rlve_gym.envs.tree.tree_equalize_leaf_depths import least_shortening
from rlve_gym.trees import random_tree_edges

ENV = rlve_gym.make("TreeEqualizeLeafDepths")


def brute_force(n, edges):
    graph = nx.Graph([tuple(e[:2]) for e in edges])
    leaves = [v for v in graph if v != 0 and graph.degree(v) == 1]
    paths = [
        list(zip(p, p[1:], strict=False))
        for p in (nx.shortest_path(graph, 0, leaf) for leaf in leaves)
    ]
    index = {frozenset(e[:2]): i for i, e in enumerate(edges)}
    best = None
    for cut in product(*(range(e[2] + 1) for e in edges)):
        depths = {
            sum(edges[index[frozenset(s)]][2] - cut[index[frozenset(s)]] for s in path)
            for path in paths
        }
        if len(depths) == 1 and (best is None or sum(cut) < best):
            best = sum(cut)
    return best


@pytest.mark.parametrize("seed", range(12))
def test_solver_matches_exhaustive_search_on_small_generated_trees(seed):
    # the generator at sizes below level 0's, so that every amount of shortening can be tried
    instance = ENV.generate_instance(random.Random(seed), {"vertices": 5, "max_length": 5})
    assert ENV.solve(instance) == brute_force(instance["n"], instance["edges"])


def test_solver_matches_exhaustive_search_on_random_small_trees():
    rng = random.Random(2)
    for _ in range(150):
        n = rng.randint(2, 7)
        edges = [[u, v, rng.randint(1, 4)] for u, v in random_tree_edges(rng, n)]
        assert least_shortening(n, edges) == brute_force(n, edges)


def test_hand_made_cases():
    assert least_shortening(2, [[0, 1, 5]]) == 0  # one leaf
    assert least_shortening(3, [[0, 1, 2], [0, 2, 7]]) == 5
    # root -10- a, a has leaves at 1 and 5, root has leaf at 11: shorten a's long leaf edge by 4
    assert least_shortening(5, [[0, 1, 10], [1, 2, 1], [1, 3, 5], [0, 4, 11]]) == 4
    # the shared edge absorbs the cut: root -5- a with two leaves at 1, plus a root leaf at 2
    shared = [[0, 1, 5], [1, 2, 1], [1, 3, 1], [0, 4, 2]]
    assert least_shortening(5, shared) == brute_force(5, shared) == 4


def test_generated_answers_are_never_guessable():
    for d in (0, 1):
        for seed in range(60):
            assert int(ENV.generate(d, seed).answer) >= 2


def test_fallback_tree_always_needs_at_least_two_units(monkeypatch):
    import rlve_gym.envs.tree.tree_equalize_leaf_depths as module

    monkeypatch.setattr(module, "REDRAWS", 0)
    for d in (0, 2, 6):
        for seed in range(30):
            instance = ENV.generate(d, seed).instance
            assert nx.is_tree(nx.Graph([tuple(e[:2]) for e in instance["edges"]]))
            assert ENV.solve(instance) >= 2
