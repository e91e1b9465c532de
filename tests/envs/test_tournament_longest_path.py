"""TournamentLongestPath against exhaustive search (networkx simple paths from S on small
tournaments, and random tournaments for the Camion construction): the longest length, and
acceptance of exactly the longest paths from S."""

from __future__ import annotations

import itertools
import random

import networkx as nx
import pytest

import rlve_gym
from rlve_gym.envs.graph.tournament_longest_path import longest_path_from

ENV = rlve_gym.make("TournamentLongestPath")


def _paths_from(n, arcs, start):
    g = nx.DiGraph(list(map(tuple, arcs)))
    g.add_nodes_from(range(n))
    yield [start]
    for t in range(n):
        if t != start:
            yield from nx.all_simple_paths(g, start, t)


@pytest.mark.parametrize("difficulty", range(4))
def test_longest_length_and_every_path_judged(difficulty):
    for seed in range(10):
        problem = ENV.generate(difficulty, seed)
        inst = problem.instance
        paths = list(_paths_from(inst["n"], inst["arcs"], inst["start"]))
        longest = max(map(len, paths))
        assert inst["length"] == longest
        for path in paths[:2000]:
            verdict = ENV.verify(problem, "<answer>" + " ".join(map(str, path)) + "</answer>")
            assert verdict.correct == (len(path) == longest)


def test_construction_on_random_tournaments():
    rng = random.Random(6)
    for _ in range(300):
        n = rng.randint(1, 30)
        arcs = [[u, v] if rng.random() < 0.5 else [v, u] for u in range(n) for v in range(u + 1, n)]
        start = rng.randrange(n)
        path = longest_path_from(n, arcs, start)
        g = nx.DiGraph(list(map(tuple, arcs)))
        g.add_nodes_from(range(n))
        assert path[0] == start and len(set(path)) == len(path)
        assert all(g.has_edge(a, b) for a, b in itertools.pairwise(path))
        assert len(path) == 1 + len(nx.descendants(g, start))


def test_faults_have_reasons():
    problem = ENV.generate(5, 1)
    path = problem.instance["path"]
    if len(path) > 1:
        assert (
            "must start"
            in ENV.verify(problem, "<answer>" + " ".join(map(str, path[1:])) + "</answer>").reason
        )
        assert (
            "not the most"
            in ENV.verify(problem, "<answer>" + " ".join(map(str, path[:-1])) + "</answer>").reason
        )


def test_start_usually_cannot_reach_everything():
    shorter = sum(
        ENV.generate(5, s).instance["length"] < ENV.generate(5, s).instance["n"] for s in range(30)
    )
    assert shorter >= 10
