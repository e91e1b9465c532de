"""TreeMinCostDistanceCover against exhaustive search over all vertex subsets (networkx distances)."""

from __future__ import annotations

import random
from itertools import combinations

import networkx as nx
import pytest

import rlve_gym
from rlve_gym.envs.tree.tree_min_cost_distance_cover import min_cost_cover
from rlve_gym.problem import Problem
from rlve_gym.trees import random_tree_edges

ENV = rlve_gym.make("TreeMinCostDistanceCover")


def covering_sets(n, edges, required, distance):
    graph = nx.Graph()
    graph.add_nodes_from(range(n))
    graph.add_edges_from(map(tuple, edges))
    dist = dict(nx.all_pairs_shortest_path_length(graph))
    for size in range(n + 1):
        for chosen in combinations(range(n), size):
            if all(any(dist[r][c] <= distance for c in chosen) for r in required):
                yield chosen


def brute_force(n, edges, costs, required, distance):
    return min(sum(costs[v] for v in s) for s in covering_sets(n, edges, required, distance))


def answer(problem, text):
    return ENV.verify(problem, f"<answer>{text}</answer>")


def check_solver(n, edges, costs, required, distance):
    best, chosen = min_cost_cover(n, edges, costs, required, distance)
    assert best == brute_force(n, edges, costs, required, distance)
    assert sum(costs[v] for v in chosen) == best
    assert tuple(chosen) in set(covering_sets(n, edges, required, distance))


@pytest.mark.parametrize("difficulty", [0, 1])
def test_solver_matches_exhaustive_search_on_generated_instances(difficulty):
    for seed in range(15):
        inst = ENV.generate(difficulty, seed).instance
        check_solver(inst["n"], inst["edges"], inst["costs"], inst["required"], inst["distance"])


def test_solver_matches_exhaustive_search_for_every_distance():
    rng = random.Random(11)
    for _ in range(150):
        n = rng.randint(1, 9)
        edges = random_tree_edges(rng, n)
        costs = [rng.randint(1, 6) for _ in range(n)]
        required = sorted(rng.sample(range(n), rng.randint(0, n)))
        check_solver(n, edges, costs, required, rng.randint(0, 4))


@pytest.mark.parametrize("seed", range(3))
def test_checker_accepts_exactly_the_cheapest_covers(seed):
    problem = ENV.generate(0, seed)
    inst = problem.instance
    best = brute_force(inst["n"], inst["edges"], inst["costs"], inst["required"], inst["distance"])
    for chosen in covering_sets(inst["n"], inst["edges"], inst["required"], inst["distance"]):
        cost = sum(inst["costs"][v] for v in chosen)
        result = answer(problem, " ".join(map(str, chosen)))
        assert result.correct == (cost == best)
        blind = sum(inst["costs"][v] for v in inst["required"])  # pick every required vertex
        if cost > best:
            expected = max(0.0, (blind - cost) / (blind - best))
            assert result.score == pytest.approx(min(expected, 0.99))


def test_uncovered_duplicate_and_out_of_range_answers():
    # path 0-1-2-3-4, required 0 and 4, distance 1, vertex 1 and 3 cheap
    instance = {
        "n": 5,
        "edges": [[0, 1], [1, 2], [2, 3], [3, 4]],
        "costs": [5, 1, 1, 1, 5],
        "required": [0, 4],
        "distance": 1,
    }
    problem = Problem("TreeMinCostDistanceCover", 0, 0, 0, "p", "1 3", instance)
    assert answer(problem, "3 1").correct
    assert "farther than 1" in answer(problem, "1 2").reason
    assert "more than once" in answer(problem, "1 1 3").reason
    assert "not a vertex" in answer(problem, "1 3 5").reason
    # partial credit counts from the blind cover "every required vertex" (0 and 4, cost 10)
    assert not answer(problem, "0 4").correct and answer(problem, "0 4").score == 0.0
    assert answer(problem, "1 4").score == pytest.approx((10 - 6) / (10 - 2))
