"""TreeWalkMaxDistinctVertices against an exhaustive search over (position, visited set) states."""

from __future__ import annotations

import networkx as nx
import pytest

import rlve_gym
from rlve_gym.answers import ParseError
from rlve_gym.envs.tree.tree_walk_max_distinct import best_walk, max_distinct
from rlve_gym.graphs import adjacency
from rlve_gym.problem import Verdict

ENV = rlve_gym.make("TreeWalkMaxDistinctVertices")


def brute_force(n, edges, steps):
    graph = nx.Graph([tuple(e) for e in edges])
    states = {(0, 1)}  # (position, bitmask of visited vertices)
    for _ in range(steps):
        states = {(w, mask | 1 << w) for v, mask in states for w in graph[v]}
    return max(bin(mask).count("1") for _, mask in states)


def answer(problem, text):
    return ENV.verify(problem, f"<answer>{text}</answer>")


def judge(instance, text):
    """Verdict on ``text`` for a hand-made instance (``verify`` accepts only generated problems)."""
    try:
        parsed = ENV.parse(text, instance)
    except ParseError as exc:
        return Verdict.bad_format(str(exc))
    return ENV.check(instance, parsed, None)


@pytest.mark.parametrize("difficulty", [0, 1, 2])
def test_maximum_matches_exhaustive_search_and_the_walk_reaches_it(difficulty):
    for seed in range(10):
        instance = ENV.generate(difficulty, seed).instance
        n, edges, steps = instance["n"], instance["edges"], instance["steps"]
        best = brute_force(n, edges, steps)
        assert max_distinct(adjacency(n, edges), steps) == best
        assert answer(
            ENV.generate(difficulty, seed), ENV.format_answer(ENV.solve(instance))
        ).correct


def test_walk_is_valid_for_every_step_count_on_random_trees():
    import random

    from rlve_gym.trees import random_tree_edges

    rng = random.Random(3)
    for _ in range(40):
        n = rng.randint(2, 9)
        edges = random_tree_edges(rng, n)
        adj = adjacency(n, edges)
        for steps in range(1, 2 * n + 2):
            walk = best_walk(adj, steps)
            assert len(walk) == steps + 1 and walk[0] == 0
            assert all(b in adj[a] for a, b in zip(walk, walk[1:], strict=False))
            assert len(set(walk)) == max_distinct(adj, steps) == brute_force(n, edges, steps)


def test_partial_credit_counts_only_vertices_beyond_a_deepest_path():
    # star: centre 0, leaves 1..5, 8 steps: at most 5 distinct; the blind walk 0 1 0 1 ... has 2
    instance = {"n": 6, "edges": [[0, v] for v in range(1, 6)], "steps": 8}
    assert judge(instance, "0 1 0 2 0 3 0 4 0").correct
    assert judge(instance, "0 1 0 2 0 1 0 1 0").score == pytest.approx(1 / 3)
    assert judge(instance, "0 1 0 1 0 1 0 1 0").score == 0.0


def test_checker_reasons_and_partial_credit():
    # path 1 - 0 - 2 - 3 with three steps: at most 3 distinct vertices (e.g. 0 1 0 2 or 0 2 3 2)
    instance = {"n": 4, "edges": [[0, 1], [0, 2], [2, 3]], "steps": 3}
    assert max_distinct(adjacency(4, instance["edges"]), 3) == 3
    assert judge(instance, "0 1 0 2").correct and judge(instance, "0 2 3 2").correct
    # going down a deepest path (0 2 3 2) is the blind walk here: bouncing earns nothing
    assert not judge(instance, "0 1 0 1").correct and judge(instance, "0 1 0 1").score == 0.0
    assert "start at vertex 0" in judge(instance, "2 3 2 0").reason
    assert "not joined" in judge(instance, "0 3 2 0").reason
    assert "lists 4 vertices" in judge(instance, "0 1 0").reason
    assert "not a vertex" in judge(instance, "0 1 0 7").reason
    assert not judge(instance, "0 1 0 2 0 1").format_ok
