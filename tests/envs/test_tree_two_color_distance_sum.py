"""TreeTwoColorDistanceSum against exhaustive search over all black sets (networkx distances)."""

from __future__ import annotations

import random
from itertools import combinations

import networkx as nx
import pytest

import rlve_gym
from rlve_gym.envs.tree.tree_two_color_distance_sum import best_colouring, colouring_value
from rlve_gym.problem import Problem

ENV = rlve_gym.make("TreeTwoColorDistanceSum")


def value_table(instance):
    n = instance["n"]
    graph = nx.Graph()
    graph.add_nodes_from(range(n))
    graph.add_weighted_edges_from(map(tuple, instance["edges"]))
    dist = dict(nx.all_pairs_dijkstra_path_length(graph))
    table = {}
    for black in combinations(range(n), instance["black"]):
        white = [v for v in range(n) if v not in black]
        table[black] = sum(
            dist[a][b] for group in (black, white) for a, b in combinations(group, 2)
        )
    return table


def answer(problem, text):
    return ENV.verify(problem, f"<answer>{text}</answer>")


@pytest.mark.parametrize("difficulty", [0, 1, 2, 3])
def test_knapsack_matches_exhaustive_search(difficulty):
    for seed in range(12 if difficulty < 3 else 4):
        instance = ENV.generate(difficulty, seed).instance
        table = value_table(instance)
        best, black = best_colouring(instance["n"], instance["edges"], instance["black"])
        assert best == max(table.values())
        assert table[tuple(black)] == best
        for chosen in list(table)[:20]:
            assert colouring_value(instance["n"], instance["edges"], list(chosen)) == table[chosen]


@pytest.mark.parametrize("seed", range(3))
def test_checker_accepts_exactly_the_best_colourings(seed):
    problem = ENV.generate(1, seed)
    table = value_table(problem.instance)
    best = max(table.values())
    blind = sum(table.values()) / len(table)  # the mean over all colourings: a random guess
    for black, value in table.items():
        result = answer(problem, " ".join(map(str, reversed(black))))
        assert result.correct == (value == best)
        if value < best:
            expected = max(0.0, (value - blind) / (best - blind))
            assert result.score == pytest.approx(min(expected, 0.99))


def test_random_colourings_earn_little_partial_credit():
    rng = random.Random(3)
    for difficulty in (3, 10):
        scores = []
        for seed in range(30):
            problem = ENV.generate(difficulty, seed)
            n, k = problem.instance["n"], problem.instance["black"]
            guess = " ".join(map(str, rng.sample(range(n), k)))
            scores.append(ENV.verify(problem, f"<answer>{guess}</answer>").score)
        assert sum(scores) / len(scores) < 0.35


def test_every_k_on_a_small_tree():
    # star centre 0 with leaves 1..4 (lengths 1, 2, 3, 4), plus 4 - 5 of length 5
    instance = {"n": 6, "edges": [[0, 1, 1], [0, 2, 2], [0, 3, 3], [0, 4, 4], [4, 5, 5]]}
    for k in range(0, 7):
        table = value_table(dict(instance, black=k))
        assert best_colouring(6, instance["edges"], k)[0] == max(table.values())


def test_count_duplicates_and_ranges_are_checked():
    instance = {"n": 4, "edges": [[0, 1, 1], [1, 2, 1], [2, 3, 1]], "black": 2}
    problem = Problem("TreeTwoColorDistanceSum", 0, 0, 0, "p", "0 3", instance)
    # path 0-1-2-3: {0,3} and {1,2} each give 3 + 1 = 4; {0,1} gives 1 + 1 = 2
    assert answer(problem, "0 3").correct and answer(problem, "2 1").correct
    assert not answer(problem, "0 1").correct  # value 2, below the random average 20 / 6
    assert answer(problem, "0 1").score == 0.0
    assert "exactly 2" in answer(problem, "0").reason
    assert "more than once" in answer(problem, "0 0").reason
    assert "not a vertex" in answer(problem, "0 4").reason
    assert "exactly 2" in answer(problem, "0 1 2").reason
    assert not answer(problem, "0 1 2 3").format_ok
