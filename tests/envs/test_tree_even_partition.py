"""TreeEvenPartition against exhaustive enumeration of connected equal-size partitions."""

from __future__ import annotations

import random
from itertools import combinations, permutations

import networkx as nx
import pytest

import rlve_gym
from rlve_gym.envs.tree.tree_even_partition import even_partition
from rlve_gym.problem import Problem
from rlve_gym.provenance import remember

ENV = rlve_gym.make("TreeEvenPartition")


def all_partitions(graph, k):
    """Every partition of the graph's vertices into connected parts of size k (as sets of frozensets)."""

    def extend(remaining):
        if not remaining:
            yield []
            return
        first = min(remaining)
        for rest in combinations(sorted(remaining - {first}), k - 1):
            part = {first, *rest}
            if nx.is_connected(graph.subgraph(part)):
                for tail in extend(remaining - part):
                    yield [frozenset(part)] + tail

    return [set(p) for p in extend(set(graph.nodes))]


def as_graph(instance):
    graph = nx.Graph()
    graph.add_nodes_from(range(instance["n"]))
    graph.add_edges_from(map(tuple, instance["edges"]))
    return graph


def answer(problem, text):
    return ENV.verify(problem, f"<answer>{text}</answer>")


@pytest.mark.parametrize("difficulty", [0, 1, 2])
def test_partition_is_unique_and_the_solver_finds_it(difficulty):
    for seed in range(10):
        instance = ENV.generate(difficulty, seed).instance
        found = all_partitions(as_graph(instance), instance["part_size"])
        assert len(found) == 1
        assert {frozenset(p) for p in ENV.solve(instance)} == found[0]


def test_any_order_of_parts_and_vertices_is_accepted():
    problem = ENV.generate(2, 4)
    parts = [line.split() for line in problem.answer.splitlines()]
    for order in list(permutations(parts))[:6]:
        text = "\n".join(" ".join(reversed(p)) for p in order)
        assert answer(problem, text).correct


def test_every_other_grouping_is_rejected_on_a_small_tree():
    # a generated tree of 2 groups of 2 (below level 0's size), checked directly
    instance = ENV.generate_instance(random.Random(1), {"parts": 2, "part_size": 2})
    truth = all_partitions(as_graph(instance), 2)[0]
    for a, b in combinations(range(4), 2):
        rest = [v for v in range(4) if v not in (a, b)]
        grouping = {frozenset((a, b)), frozenset(rest)}
        verdict = ENV.check(instance, [[a, b], rest], None)
        assert verdict.correct == (grouping == truth)


def test_disconnected_group_duplicates_and_bad_shapes():
    # path 0-1-2-3, groups of 2: {0,1},{2,3}
    instance = {"n": 4, "part_size": 2, "edges": [[0, 1], [1, 2], [2, 3]]}
    problem = Problem("TreeEvenPartition", 0, 0, 0, "p", "0 1\n2 3", instance)
    remember(problem)  # hand-made: trusted as if generated here
    assert answer(problem, "2 3\n1 0").correct
    assert "not connected" in answer(problem, "0 2\n1 3").reason
    assert "more than once" in answer(problem, "0 1\n1 3").reason
    assert "not a vertex" in answer(problem, "0 1\n2 4").reason
    assert answer(problem, "0 1\n\n2 3\n").correct  # blank lines are ignored
    for text in ("0 1 2 3", "0 1\n2", "0 1\n2 3\n4 5", "a b\nc d"):
        assert not answer(problem, text).format_ok


def test_single_part_and_single_vertex_parts():
    assert even_partition(3, 3, [[0, 1], [1, 2]]) == [[0, 1, 2]]
    assert even_partition(3, 1, [[0, 1], [1, 2]]) == [[0], [1], [2]]
