"""LongestSimplePath against exhaustive search over every simple path (networkx
all_simple_paths): the optimum, and acceptance of exactly the heaviest paths."""

from __future__ import annotations

import itertools
import random

import networkx as nx
import pytest

import rlve_gym
from rlve_gym.graphs import add_weights, random_digraph
from rlve_gym.kernels.graph_search import heaviest_simple_path, weight_matrix

ENV = rlve_gym.make("LongestSimplePath")


def _paths(n, arcs):
    g = nx.DiGraph()
    g.add_nodes_from(range(n))
    g.add_weighted_edges_from(map(tuple, arcs))
    for s, t in itertools.permutations(range(n), 2):
        for path in nx.all_simple_paths(g, s, t):
            yield path, nx.path_weight(g, path, "weight")
    for v in range(n):
        yield [v], 0


@pytest.mark.parametrize("difficulty", range(5))
def test_optimum_matches_exhaustive_search(difficulty):
    for seed in range(12):
        inst = ENV.generate(difficulty, seed).instance
        assert inst["optimum"] == max(w for _, w in _paths(inst["n"], inst["arcs"]))


def test_kernel_on_random_digraphs():
    rng = random.Random(4)
    for _ in range(80):
        n = rng.randint(1, 7)
        arcs = add_weights(rng, random_digraph(rng, n, rng.randint(0, n * (n - 1))), 1, 20)
        weight, path = heaviest_simple_path(weight_matrix(n, arcs, directed=True))
        assert weight == max(w for _, w in _paths(n, arcs))
        table = {(u, v): w for u, v, w in arcs}
        assert len(set(path)) == len(path) and weight == sum(
            table[(a, b)] for a, b in itertools.pairwise(path)
        )


def test_every_simple_path_is_judged_by_weight():
    for seed in range(8):
        problem = ENV.generate(1, seed)
        inst = problem.instance
        for path, weight in _paths(inst["n"], inst["arcs"]):
            verdict = ENV.verify(problem, "<answer>" + " ".join(map(str, path)) + "</answer>")
            assert verdict.correct == (weight == inst["optimum"])


def test_faults_have_reasons():
    problem = ENV.generate(4, 2)
    path = problem.instance["path"]
    assert (
        "more than once"
        in ENV.verify(
            problem, "<answer>" + " ".join(map(str, path + path[:1])) + "</answer>"
        ).reason
    )
    assert not ENV.verify(problem, "<answer>,</answer>").correct
    assert "is not the maximum" in ENV.verify(problem, f"<answer>{path[0]}</answer>").reason
