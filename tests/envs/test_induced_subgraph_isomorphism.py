"""InducedSubgraphIsomorphism against networkx's GraphMatcher: every induced embedding of G1 in
G2 (subgraph_isomorphisms_iter) is accepted, and every other injective map is rejected."""

from __future__ import annotations

import itertools
import random

import networkx as nx
import pytest
from networkx.algorithms.isomorphism import GraphMatcher

import rlve_gym
from rlve_gym import provenance

ENV = rlve_gym.make("InducedSubgraphIsomorphism")


def _graph(n, edges):
    g = nx.Graph()
    g.add_nodes_from(range(n))
    g.add_edges_from(map(tuple, edges))
    return g


def _verify(problem, images):
    return ENV.verify(problem, "<answer>" + " ".join(map(str, images)) + "</answer>")


def _small_problem(sizes, seed):
    """A generated pair of small graphs (the schedule starts at 8 vertices in G2; every injective
    map is tried)."""
    big, small, edges = sizes
    instance = ENV.generate_instance(
        random.Random(seed), {"big_vertices": big, "small_vertices": small, "big_edges": edges}
    )
    base = ENV.generate(0, seed)
    answer = ENV.format_answer(ENV.solve(instance))
    problem = rlve_gym.Problem(base.env_name, base.version, 0, seed, "p", answer, instance)
    provenance.remember(problem)  # a hand-sized instance, not one the schedule gives
    return problem


@pytest.mark.parametrize("sizes", [(5, 3, 2), (6, 4, 3), (7, 4, 4)])
def test_accepts_exactly_the_induced_embeddings(sizes):
    several = 0
    for seed in range(6):
        problem = _small_problem(sizes, seed)
        inst = problem.instance
        g1, g2 = _graph(inst["n1"], inst["edges1"]), _graph(inst["n2"], inst["edges2"])
        embeddings = set()
        for mapping in GraphMatcher(g2, g1).subgraph_isomorphisms_iter():
            inverse = {small: big for big, small in mapping.items()}
            embeddings.add(tuple(inverse[i] for i in range(inst["n1"])))
        assert tuple(inst["planted"]) in embeddings
        several += len(embeddings) > 1
        for images in itertools.permutations(range(inst["n2"]), inst["n1"]):
            assert _verify(problem, images).correct == (images in embeddings)
    assert several >= 1


def test_faults_have_reasons():
    problem = ENV.generate(6, 3)
    images = problem.instance["planted"]
    assert "expected" in _verify(problem, images[:-1]).reason
    assert "more than once" in _verify(problem, images[:-1] + images[:1]).reason
    assert "not a vertex" in _verify(problem, images[:-1] + [999]).reason
    misses = ENV.near_misses(problem)
    if len(misses) > 2:
        assert (
            "in G1 but their images" in ENV.verify(problem, f"<answer>{misses[2]}</answer>").reason
        )


def test_small_graph_has_an_edge_and_a_non_edge(monkeypatch):
    """Regression: an edgeless G1 accepted any independent set of G2 (the blind map 0 1 2 was
    right on 31% of d=0 seeds)."""
    from rlve_gym.envs.graph import induced_subgraph_isomorphism as module

    def mixed(inst):
        n1, m1 = inst["n1"], len(inst["edges1"])
        return 0 < m1 < n1 * (n1 - 1) // 2

    for d in (0, 1, 4):
        for seed in range(60):
            assert mixed(ENV.generate(d, seed).instance)
    monkeypatch.setattr(module, "IMAGE_ATTEMPTS", 0)
    for seed in range(20):
        problem = ENV.generate(0, seed)
        assert mixed(problem.instance)
        assert ENV.verify(problem, f"<answer>{problem.answer}</answer>").correct
