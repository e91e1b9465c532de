"""CliqueFromDenseGuarantee against networkx: the planted 2N-clique exists (max clique size), the
reference is an N-clique, and on small instances every N-subset is judged by being a clique."""

from __future__ import annotations

import itertools
import random

import networkx as nx
import pytest

import rlve_gym
from rlve_gym import provenance
from rlve_gym.envs.graph.clique_from_dense_guarantee import clique_by_deleting_non_edges

ENV = rlve_gym.make("CliqueFromDenseGuarantee")


def _graph(inst):
    total = 3 * inst["size"]
    g = nx.complete_graph(total)
    g.remove_edges_from(map(tuple, inst["non_edges"]))
    return g


@pytest.mark.parametrize("difficulty", range(6))
def test_guarantee_holds_and_reference_is_a_clique(difficulty):
    for seed in range(10):
        problem = ENV.generate(difficulty, seed)
        g = _graph(problem.instance)
        size = problem.instance["size"]
        assert max(map(len, nx.find_cliques(g))) >= 2 * size
        clique = [int(x) for x in problem.answer.split()]
        assert len(set(clique)) == size and all(
            g.has_edge(u, v) for u, v in itertools.combinations(clique, 2)
        )


def test_every_subset_is_judged_by_being_a_clique():
    """On small generated instances (N = 4, 12 vertices; the schedule starts at N = 10, too many
    subsets to try), every N-subset is accepted exactly when it is a clique."""
    for seed in range(2):
        instance = ENV.generate_instance(random.Random(seed), {"clique_third": 4})
        base = ENV.generate(0, seed)
        problem = rlve_gym.Problem(
            base.env_name,
            base.version,
            0,
            seed,
            "p",
            ENV.format_answer(ENV.solve(instance)),
            instance,
        )
        provenance.remember(problem)  # a hand-sized instance, not one the schedule gives
        g = _graph(instance)
        size = instance["size"]
        for subset in itertools.combinations(range(3 * size), size):
            ok = all(g.has_edge(u, v) for u, v in itertools.combinations(subset, 2))
            assert (
                ENV.verify(problem, "<answer>" + " ".join(map(str, subset)) + "</answer>").correct
                == ok
            )


def test_deletion_argument_on_adversarial_complements():
    rng = random.Random(8)
    for _ in range(100):
        size = rng.randint(1, 8)
        total = 3 * size
        order = list(range(total))
        rng.shuffle(order)
        inside = set(order[: 2 * size])
        non_edges = [
            [u, v]
            for u, v in itertools.combinations(range(total), 2)
            if not (u in inside and v in inside) and rng.random() < 0.9
        ]
        clique = clique_by_deleting_non_edges(total, non_edges, size)
        missing = {tuple(e) for e in non_edges}
        assert len(clique) == size and not any(
            (u, v) in missing for u, v in itertools.combinations(clique, 2)
        )


def test_faults_have_reasons():
    problem = ENV.generate(4, 0)
    clique = [int(x) for x in problem.answer.split()]
    assert (
        "exactly"
        in ENV.verify(problem, "<answer>" + " ".join(map(str, clique[:-1])) + "</answer>").reason
    )
    u, v = problem.instance["non_edges"][0]
    broken = [u, v] + [x for x in clique if x not in (u, v)][: len(clique) - 2]
    assert (
        "not joined"
        in ENV.verify(problem, "<answer>" + " ".join(map(str, broken)) + "</answer>").reason
    )


@pytest.mark.parametrize("difficulty", [0, 3])
def test_no_fixed_vertex_set_is_often_a_clique(difficulty):
    """Audit regression: with N = 3 the blind "0 1 2" was a clique on 45% of d = 0 seeds."""
    problems = [ENV.generate(difficulty, seed) for seed in range(100)]
    size = problems[0].instance["size"]
    guesses = [range(size), range(2 * size, 3 * size), range(0, 2 * size, 2), range(1, 2 * size, 2)]
    if difficulty == 0:
        guesses += list(itertools.combinations(range(size + 3), size))
    for guess in guesses:
        text = "<answer>" + " ".join(map(str, guess)) + "</answer>"
        right = sum(ENV.verify(p, text).correct for p in problems)
        assert right <= 12, (guess, right)
