"""TreeGrowthFinalHeart against a simulation of every growth order (memoised search)."""

from __future__ import annotations

import random

import pytest

import rlve_gym
from rlve_gym.envs.tree.tree_growth_final_heart import possible_hearts
from rlve_gym.graphs import adjacency
from rlve_gym.problem import Problem
from rlve_gym.provenance import remember
from rlve_gym.trees import bfs_order, random_tree_edges

ENV = rlve_gym.make("TreeGrowthFinalHeart")


def simulate_all_orders(n, edges):
    """Final heart positions over every growth order (labels 1..n), by search over (grown, heart)."""
    adj = adjacency(n + 1, edges)
    toward = {x: bfs_order(adj, x)[1] for x in range(1, n + 1)}  # toward[x][h]: next step from h
    finals, seen = set(), set()
    stack = [(frozenset([1]), 1)]
    while stack:
        grown, heart = stack.pop()
        if (grown, heart) in seen:
            continue
        seen.add((grown, heart))
        if len(grown) == n:
            finals.add(heart)
            continue
        for x in {v for g in grown for v in adj[g] if v not in grown}:
            stack.append((grown | {x}, toward[x][heart]))
    return [v in finals for v in range(1, n + 1)]


def test_matches_simulation_on_random_small_trees():
    rng = random.Random(7)
    for _ in range(300):
        n = rng.randint(1, 9)
        edges = [[u + 1, v + 1] for u, v in random_tree_edges(rng, n)]
        assert possible_hearts(n, edges) == simulate_all_orders(n, edges), edges


@pytest.mark.parametrize("difficulty", [0, 1])
def test_generated_instances_match_simulation(difficulty):
    for seed in range(10):
        instance = ENV.generate(difficulty, seed).instance
        expected = simulate_all_orders(instance["n"], instance["edges"])
        assert ENV.solve(instance) == "".join("T" if ok else "F" for ok in expected)


def test_paths_and_stars():
    # path 1 - 2 - 3: growing 2 then 3 moves the heart to 3 (n - 1 = 2 steps, no way back)
    assert possible_hearts(3, [[1, 2], [2, 3]]) == [False, False, True]
    # star centred at 1 with 4 leaves: each leaf pulls out, the next pulls back
    assert possible_hearts(5, [[1, v] for v in range(2, 6)]) == [True, False, False, False, False]


def test_parser_and_checker():
    problem = Problem(
        "TreeGrowthFinalHeart",
        0,
        0,
        0,
        "p",
        "TFFFF",
        {"n": 5, "edges": [[1, v] for v in range(2, 6)]},
    )
    remember(problem)  # hand-made: trusted as if generated here
    assert ENV.verify(problem, "<answer>t f f f f</answer>").correct
    assert not ENV.verify(problem, "<answer>TFFFT</answer>").correct
    assert not ENV.verify(problem, "<answer>TFFF</answer>").format_ok
    assert not ENV.verify(problem, "<answer>TFFFX</answer>").format_ok
