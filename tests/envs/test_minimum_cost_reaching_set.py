"""MinimumCostReachingSet against exhaustive search over all vertex subsets (reachability by
networkx), and edge cases."""

from __future__ import annotations

import itertools

import networkx as nx
import pytest

import rlve_gym
from rlve_gym.envs.graph.minimum_cost_reaching_set import cheapest_reaching_set

ENV = rlve_gym.make("MinimumCostReachingSet")


def _digraph(instance):
    g = nx.DiGraph()
    g.add_nodes_from(range(instance["n"]))
    g.add_edges_from(map(tuple, instance["arcs"]))
    return g


def _reaches_all(g, subset):
    reached = set(subset)
    for v in subset:
        reached |= nx.descendants(g, v)
    return len(reached) == g.number_of_nodes()


def _verify(problem, vertices):
    return ENV.verify(problem, "<answer>" + " ".join(map(str, vertices)) + "</answer>")


def test_every_subset_is_judged_like_exhaustive_search():
    several = 0
    for difficulty, seed in [(d, s) for d in range(3) for s in range(12)]:
        problem = ENV.generate(difficulty, seed)
        instance = problem.instance
        g = _digraph(instance)
        costs = instance["costs"]
        feasible = [
            s
            for r in range(1, instance["n"] + 1)
            for s in itertools.combinations(range(instance["n"]), r)
            if _reaches_all(g, s)
        ]
        best = min(sum(costs[v] for v in s) for s in feasible)
        assert instance["optimum"] == best
        optimal = [s for s in feasible if sum(costs[v] for v in s) == best]
        several += len(optimal) > 1
        for subset in feasible[:400]:
            assert _verify(problem, subset).correct == (subset in optimal)
        for subset in optimal:
            assert _verify(problem, reversed(subset)).correct
    assert several >= 1


@pytest.mark.parametrize("difficulty", [5, 10, 20])
def test_optimum_matches_condensation_sources(difficulty):
    for seed in range(10):
        instance = ENV.generate(difficulty, seed).instance
        g = _digraph(instance)
        c = nx.condensation(g)
        expected = sum(
            min(instance["costs"][v] for v in c.nodes[x]["members"])
            for x in c
            if c.in_degree(x) == 0
        )
        assert instance["optimum"] == expected
        assert sum(1 for x in c if c.in_degree(x) == 0) >= 2


def test_edge_cases():
    assert cheapest_reaching_set(1, [], [4]) == [0]
    # a 3-cycle feeding vertex 3: the cheapest cycle vertex suffices
    assert cheapest_reaching_set(4, [[0, 1], [1, 2], [2, 0], [2, 3]], [5, 2, 9, 1]) == [1]
    assert cheapest_reaching_set(3, [], [1, 1, 1]) == [0, 1, 2]


def test_faults_have_reasons():
    problem = ENV.generate(3, 1)
    n = problem.instance["n"]
    chosen = [int(x) for x in problem.answer.split()]
    assert "not reachable" in _verify(problem, chosen[1:]).reason
    assert "more than once" in _verify(problem, chosen + chosen[:1]).reason
    assert "not a vertex" in _verify(problem, chosen + [n]).reason
    spare = next(v for v in range(n) if v not in chosen)
    assert "not the minimum" in _verify(problem, chosen + [spare]).reason


def test_vertices_without_incoming_arcs_are_never_enough():
    """Regression: on sparse random digraphs that blind answer was optimal 94% of the time."""
    env = rlve_gym.make("MinimumCostReachingSet")
    for difficulty in (0, 1, 3, 8):
        for seed in range(60):
            problem = env.generate(difficulty, seed)
            n, arcs = problem.instance["n"], problem.instance["arcs"]
            heads = {v for _, v in arcs}
            guess = " ".join(str(v) for v in range(n) if v not in heads)
            assert not env.verify(problem, f"<answer>{guess}</answer>").correct
            assert len({(u, v) for u, v in arcs}) == len(arcs)
