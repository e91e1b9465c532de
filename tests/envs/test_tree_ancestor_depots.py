"""TreeAncestorDepots against exhaustive search over every depot set (networkx for distances)."""

from __future__ import annotations

import random
from itertools import combinations

import networkx as nx
import pytest

import rlve_gym
from rlve_gym.envs.tree.tree_ancestor_depots import _Solver, shipping_cost
from rlve_gym.problem import Problem

ENV = rlve_gym.make("TreeAncestorDepots")


def cost_table(n, edges, loads, k):
    graph = nx.Graph()
    graph.add_nodes_from(range(n))
    graph.add_weighted_edges_from(map(tuple, edges))
    dist = dict(nx.all_pairs_dijkstra_path_length(graph))
    paths = nx.shortest_path(graph, source=0)
    table = {}
    for chosen in combinations(range(1, n), k):
        depots = set(chosen) | {0}
        total = 0
        for v in range(n):
            nearest = next(a for a in reversed(paths[v]) if a in depots)  # walk up from v
            total += loads[v] * dist[v][nearest]
        table[chosen] = total
    return table


def answer(problem, text):
    return ENV.verify(problem, f"<answer>{text}</answer>")


@pytest.mark.parametrize("difficulty", [0, 1, 2, 4])
def test_solver_matches_exhaustive_search(difficulty):
    for seed in range(10 if difficulty < 4 else 3):
        inst = ENV.generate(difficulty, seed).instance
        table = cost_table(inst["n"], inst["edges"], inst["loads"], inst["depots"])
        best, chosen = _Solver(inst["n"], inst["edges"], inst["loads"], inst["depots"]).best()
        assert best == min(table.values())
        assert table[tuple(chosen)] == best
        for depots, value in list(table.items())[:15]:
            assert shipping_cost(inst["n"], inst["edges"], inst["loads"], list(depots)) == value


def test_solver_on_random_shapes_and_depot_counts():
    rng = random.Random(6)
    for _ in range(60):
        n = rng.randint(2, 8)
        parent = [-1] + [rng.randrange(i) for i in range(1, n)]
        edges = [[p, v, rng.randint(1, 4)] for v, p in enumerate(parent) if p >= 0]
        loads = [0] + [rng.randint(1, 5) for _ in range(n - 1)]
        for k in range(1, n):
            table = cost_table(n, edges, loads, k)
            best, chosen = _Solver(n, edges, loads, k).best()
            assert best == min(table.values()) and table[tuple(chosen)] == best


@pytest.mark.parametrize("seed", range(3))
def test_checker_accepts_exactly_the_optimal_sets(seed):
    problem = ENV.generate(1, seed)
    inst = problem.instance
    table = cost_table(inst["n"], inst["edges"], inst["loads"], inst["depots"])
    best = min(table.values())
    average = sum(table.values()) / len(table)  # the expected cost of a random choice
    for chosen, value in table.items():
        result = answer(problem, " ".join(map(str, reversed(chosen))))
        assert result.correct == (value == best)
        if value > best:
            expected = max(0.0, (average - value) / (average - best))
            assert result.score == pytest.approx(min(expected, 0.99))


def test_random_depots_earn_little_partial_credit():
    rng = random.Random(8)
    for difficulty in (3, 10):
        scores = []
        for seed in range(30):
            problem = ENV.generate(difficulty, seed)
            inst = problem.instance
            chosen = rng.sample(range(1, inst["n"]), inst["depots"])
            result = answer(problem, " ".join(map(str, chosen)))
            if not result.correct:
                scores.append(result.score)
        assert sum(scores) / len(scores) < 0.3


def test_invalid_choices_have_reasons():
    # chain 0 -2- 1 -3- 2 -1- 3 with loads 0 4 5 6, two depots
    instance = {
        "n": 4,
        "edges": [[0, 1, 2], [1, 2, 3], [2, 3, 1]],
        "loads": [0, 4, 5, 6],
        "depots": 2,
    }
    problem = Problem("TreeAncestorDepots", 0, 0, 0, "p", "1 2", instance)
    assert answer(problem, "2 1").correct  # only vertex 3 ships: 6 * 1 = 6
    # {3, 2}: only vertex 1 ships, 4 * 2 = 8; {1, 3}: 5 * 3 = 15; random average (6 + 15 + 8) / 3
    assert answer(problem, "3 2").score == pytest.approx((29 / 3 - 8) / (29 / 3 - 6))
    assert answer(problem, "1 3").score == 0.0
    assert "root" in answer(problem, "0 2").reason
    assert "exactly 2" in answer(problem, "2").reason
    assert "more than once" in answer(problem, "2 2").reason
    assert "not a vertex" in answer(problem, "2 4").reason
    assert not answer(problem, "1 2 3 1").format_ok
