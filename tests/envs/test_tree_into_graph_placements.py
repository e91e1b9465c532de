"""TreeIntoGraphPlacements against exhaustive search over every bijection (weighted by the
product of edge multiplicities) on small instances."""

from __future__ import annotations

import itertools
import random

import pytest

import rlve_gym
from rlve_gym.envs.graph.tree_into_graph_placements import count_tree_placements as fast_count
from rlve_gym.graphs import random_graph, random_tree
from rlve_gym.kernels.graph_search import count_tree_placements

ENV = rlve_gym.make("TreeIntoGraphPlacements")


def _brute(n, tree, graph):
    copies = {}
    for u, v, c in graph:
        copies[(u, v)] = copies[(v, u)] = c
    total = 0
    for f in itertools.permutations(range(n)):
        product = 1
        for a, b in tree:
            product *= copies.get((f[a], f[b]), 0)
        total += product
    return total


@pytest.mark.parametrize("difficulty", range(3))  # 6 to 8 vertices: 8! bijections
def test_count_matches_every_bijection(difficulty):
    for seed in range(6):
        problem = ENV.generate(difficulty, seed)
        inst = problem.instance
        expected = _brute(inst["n"], inst["tree_edges"], inst["graph_edges"]) % inst["modulus"]
        assert int(problem.answer) == expected >= 2


def test_kernel_on_random_trees_and_graphs():
    rng = random.Random(23)
    for _ in range(100):
        n = rng.randint(1, 7)
        tree = random_tree(rng, n)
        graph = [
            [u, v, rng.randint(1, 3)]
            for u, v in random_graph(rng, n, rng.randint(0, n * (n - 1) // 2))
        ]
        assert (
            count_tree_placements(n, tree, graph, 1_000_003) == _brute(n, tree, graph) % 1_000_003
        )


def test_known_counts():
    star = [[0, 1], [0, 2], [0, 3]]
    complete = [[u, v, 1] for u in range(4) for v in range(u + 1, 4)]
    assert count_tree_placements(4, star, complete, 101) == 24
    assert count_tree_placements(1, [], [], 101) == 1
    assert count_tree_placements(3, [[0, 1], [1, 2]], [[0, 1, 2]], 101) == 0


def test_counts_vary_at_the_lowest_level():
    """Regression: simple graphs at d=0 gave three possible counts (4 on 57% of seeds)."""
    answers = [ENV.generate(0, seed).answer for seed in range(100)]
    assert len(set(answers)) >= 6
    assert max(answers.count(a) for a in set(answers)) <= 35


def test_fast_kernel_matches_shared_kernel():
    """The env's leaf-folding kernel against the shared one, including generated instances."""
    rng = random.Random(5)
    for _ in range(150):
        n = rng.randint(1, 9)
        tree = random_tree(rng, n)
        graph = [
            [u, v, rng.randint(1, 13)]
            for u, v in random_graph(rng, n, rng.randint(0, n * (n - 1) // 2))
        ]
        prime = rng.choice([1_000_000_007, 998_244_353, 1_000_003])
        assert fast_count(n, tree, graph, prime) == count_tree_placements(n, tree, graph, prime)
    for seed in range(4):
        inst = ENV.generate(20, seed).instance
        args = (inst["n"], inst["tree_edges"], inst["graph_edges"], inst["modulus"])
        assert fast_count(*args) == count_tree_placements(*args)
