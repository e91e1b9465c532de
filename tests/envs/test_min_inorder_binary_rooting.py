"""MinInorderBinaryRooting against exhaustive search over every root and every choice of sides."""

from __future__ import annotations

import random
from itertools import product

import networkx as nx
import pytest

import rlve_gym
from rlve_gym.envs.tree.min_inorder_binary_rooting import smallest_inorder
from rlve_gym.graphs import adjacency
from rlve_gym.trees import bfs_order, random_degree_bounded_tree

ENV = rlve_gym.make("MinInorderBinaryRooting")


def inorder(tree, side, v):
    """In-order of v's subtree; ``side[v]`` puts v's first child left (0) or right (1), a second
    child on the other side."""
    left, right = [], []
    for i, c in enumerate(sorted(tree.successors(v))):
        (left if (side[v] + i) % 2 == 0 else right).append(c)
    return (
        [x for c in left for x in inorder(tree, side, c)]
        + [v]
        + [x for c in right for x in inorder(tree, side, c)]
    )


def all_inorders(n, edges):
    graph = nx.Graph([tuple(e) for e in edges])
    graph.add_nodes_from(range(1, n + 1))
    for root in graph:
        if graph.degree(root) > 2:
            continue
        tree = nx.bfs_tree(graph, root)
        vertices = list(tree)
        for sides in product((0, 1), repeat=len(vertices)):
            yield inorder(tree, dict(zip(vertices, sides, strict=True)), root)


@pytest.mark.parametrize("difficulty", [0, 1])
def test_solver_matches_exhaustive_search(difficulty):
    for seed in range(12):
        instance = ENV.generate(difficulty, seed).instance
        assert ENV.solve(instance) == min(all_inorders(instance["n"], instance["edges"]))


def test_solver_on_random_small_trees():
    rng = random.Random(9)
    for _ in range(80):
        n = rng.randint(1, 9)
        edges = [[u + 1, v + 1] for u, v in random_degree_bounded_tree(rng, n, 3)]
        assert smallest_inorder(n, edges) == min(all_inorders(n, edges))


def test_generated_trees_respect_the_degree_bound():
    for seed in range(20):
        instance = ENV.generate(8, seed).instance
        graph = nx.Graph([tuple(e) for e in instance["edges"]])
        assert nx.is_tree(graph) and graph.number_of_nodes() == instance["n"]
        assert max(d for _, d in graph.degree) <= 3


def test_path_example_and_checker():
    assert smallest_inorder(3, [[1, 2], [2, 3]]) == [1, 2, 3]
    # path 1 - 3 - 2: root 1, right child 3, whose left child is 2
    assert smallest_inorder(3, [[1, 3], [3, 2]]) == [1, 2, 3]
    problem = ENV.generate(4, 0)
    assert ENV.verify(problem, f"<answer>{problem.answer}</answer>").correct
    assert not ENV.verify(
        problem, f"<answer>{' '.join(problem.answer.split()[::-1])}</answer>"
    ).correct


def list_merging_inorder(n, edges):
    """The earlier reference: smallest in-order of every subtree as an explicit list, per root."""
    adj = adjacency(n + 1, edges)
    best = None
    for root in range(1, n + 1):
        if len(adj[root]) > 2:
            continue
        order, parent = bfs_order(adj, root)
        sequence = {}
        for v in reversed(order):
            kids = sorted((sequence.pop(c) for c in adj[v] if c != parent[v]), key=lambda s: s[0])
            if not kids:
                sequence[v] = [v]
            elif len(kids) == 1:
                sequence[v] = kids[0] + [v] if kids[0][0] < v else [v] + kids[0]
            else:
                sequence[v] = kids[0] + [v] + kids[1]
        if best is None or sequence[root] < best:
            best = sequence[root]
    return best


def test_kernel_matches_list_merging_on_larger_trees():
    rng = random.Random(41)
    for _ in range(300):
        n = rng.randint(1, 90)
        edges = [[u + 1, v + 1] for u, v in random_degree_bounded_tree(rng, n, 3)]
        assert smallest_inorder(n, edges) == list_merging_inorder(n, edges)
