"""TreePatrolWithNewRoads against exhaustive search over new roads and over how often each road is walked."""

from __future__ import annotations

import random
from itertools import combinations_with_replacement, product

import pytest

import rlve_gym
from rlve_gym.envs.tree.tree_patrol_with_new_roads import shortest_patrol
from rlve_gym.trees import random_tree_edges

ENV = rlve_gym.make("TreePatrolWithNewRoads")


def brute_force(n, edges, k):
    """Every old road walked once or twice (more never helps), new roads once; a closed walk
    through all of them exists exactly when every village has even degree (the tree keeps it
    connected). Minimise the total over all choices of new roads. Edges are [u, v, length]."""
    pairs = [(u, v) for u in range(n) for v in range(u, n)]
    best = None
    for new in combinations_with_replacement(pairs, k):
        base = [0] * n
        for u, v in new:
            base[u] += 1
            base[v] += 1
        for times in product((1, 2), repeat=len(edges)):
            degree = list(base)
            for (u, v, _), t in zip(edges, times, strict=False):
                degree[u] += t
                degree[v] += t
            if all(d % 2 == 0 for d in degree):
                total = sum(t * w for t, (_, _, w) in zip(times, edges, strict=False)) + k
                best = total if best is None else min(best, total)
    return best


def unit(edges):
    return [[u, v, 1] for u, v in edges]


@pytest.mark.parametrize("seed", range(10))
def test_solver_matches_exhaustive_search_on_generated_instances(seed):
    """Generated the environment's way, on 6 villages (level 0 has 8, too many to enumerate)."""
    instance = ENV.generate_instance(random.Random(seed), {"vertices": 6, "max_length": 9})
    assert ENV.solve(instance) == brute_force(
        instance["n"], instance["edges"], instance["new_roads"]
    )


@pytest.mark.parametrize("max_length", [1, 3, 20])
def test_solver_matches_exhaustive_search_on_random_small_trees_for_both_k(max_length):
    rng = random.Random(8)
    for _ in range(40):
        n = rng.randint(2, 7)
        edges = [[u, v, rng.randint(1, max_length)] for u, v in random_tree_edges(rng, n)]
        for k in (1, 2):
            assert shortest_patrol(n, edges, k) == brute_force(n, edges, k)


def test_path_and_star():
    path = unit([i, i + 1] for i in range(5))
    assert shortest_patrol(6, path, 1) == 6  # the cycle: 5 old roads once, the new one once
    assert shortest_patrol(6, path, 2) == 7  # a useless second road (a loop) still costs 1
    star = unit([0, v] for v in range(1, 6))
    assert shortest_patrol(6, star, 1) == 9
    assert shortest_patrol(6, star, 2) == 8


def test_checker_compares_the_number():
    problem = ENV.generate(6, 2)
    value = int(problem.answer)
    assert ENV.verify(problem, f"<answer> {value} </answer>").correct
    assert not ENV.verify(problem, f"<answer>{value + 2}</answer>").correct
