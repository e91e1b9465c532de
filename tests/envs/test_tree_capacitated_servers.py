"""TreeCapacitatedServers: the greedy against exhaustive search over every assignment."""

from __future__ import annotations

import random
from itertools import product

import networkx as nx
import pytest

import rlve_gym
from rlve_gym.envs.tree.tree_capacitated_servers import assign_servers, units_used
from rlve_gym.trees import random_tree_edges

ENV = rlve_gym.make("TreeCapacitatedServers")


def brute_force(n, edges, distance, capacity):
    graph = nx.Graph()
    graph.add_nodes_from(range(n))
    graph.add_edges_from(map(tuple, edges))
    dist = dict(nx.all_pairs_shortest_path_length(graph))
    choices = [[s for s in range(n) if dist[v][s] <= distance] for v in range(n)]
    return min(units_used(list(assignment), capacity) for assignment in product(*choices))


def is_valid(n, edges, distance, servers):
    graph = nx.Graph()
    graph.add_nodes_from(range(n))
    graph.add_edges_from(map(tuple, edges))
    return all(nx.shortest_path_length(graph, v, s) <= distance for v, s in enumerate(servers))


def test_greedy_matches_exhaustive_search_on_random_small_trees():
    rng = random.Random(21)
    for _ in range(200):
        distance, capacity = rng.randint(1, 3), rng.randint(1, 4)
        n = rng.randint(1, 8 if distance == 1 else 6)  # keeps the product of choices small
        edges = random_tree_edges(rng, n)
        servers = assign_servers(n, edges, distance, capacity)
        assert is_valid(n, edges, distance, servers)
        assert units_used(servers, capacity) == brute_force(n, edges, distance, capacity), (
            n,
            edges,
            distance,
            capacity,
        )


@pytest.mark.parametrize("difficulty", [0, 1])
def test_reference_is_optimal_on_generated_instances(difficulty):
    for seed in range(6 if difficulty == 0 else 2):
        inst = ENV.generate(difficulty, seed).instance
        servers = ENV.solve(inst)
        assert is_valid(inst["n"], inst["edges"], inst["distance"], servers)
        assert units_used(servers, inst["capacity"]) == brute_force(
            inst["n"], inst["edges"], inst["distance"], inst["capacity"]
        )


def test_random_valid_assignments_earn_little_partial_credit():
    rng = random.Random(9)
    for difficulty in (0, 3, 10):
        scores = []
        for seed in range(30):
            problem = ENV.generate(difficulty, seed)
            inst = problem.instance
            graph = nx.Graph(map(tuple, inst["edges"]))
            near = [
                list(nx.single_source_shortest_path_length(graph, v, cutoff=inst["distance"]))
                for v in range(inst["n"])
            ]
            guess = " ".join(str(rng.choice(near[v])) for v in range(inst["n"]))
            result = ENV.verify(problem, f"<answer>{guess}</answer>")
            if not result.correct:
                scores.append(result.score)
        assert sum(scores) / len(scores) < 0.3


def test_checker_reasons_and_partial_credit():
    # path 0-1-2-3-4, distance 1, capacity 3: two units are necessary and enough; the blind
    # baseline stored with the instance is 4 units
    instance = {
        "n": 5,
        "edges": [[0, 1], [1, 2], [2, 3], [3, 4]],
        "distance": 1,
        "capacity": 3,
        "best_units": 2,
        "blind_units": 4,
    }

    def verdict(text):
        return ENV.check(instance, ENV.parse(text, instance), None)

    assert verdict("1 1 1 4 4").correct
    assert verdict("1 1 1 3 3").correct
    three_units = verdict("0 1 1 3 3")
    assert not three_units.correct and three_units.score == pytest.approx(0.5)
    assert verdict("0 1 2 3 4").score == 0.0  # five units: worse than the baseline
    assert "farther" in verdict("2 1 1 4 4").reason
    assert "not a vertex" in verdict("1 1 1 4 5").reason
    assert "expected 5" in verdict("1 1 1 4").reason


def test_stored_optimum_and_baseline_match_the_instance():
    for seed in range(5):
        inst = ENV.generate(2, seed).instance
        assert inst["best_units"] == units_used(ENV.solve(inst), inst["capacity"])
        assert inst["blind_units"] >= inst["best_units"]


def test_compiled_blind_baseline_matches_python_random_assignments():
    """The compiled baseline draws, per vertex, the server at position floor(u * |reach|) of its
    BFS-ordered reach: the same as ``random_assignment`` over ``servers_within`` fed those u."""
    import random as stdlib_random

    import numpy as np

    from rlve_gym.envs.tree.tree_capacitated_servers import (
        _fewest_blind_units,
        servers_within,
        units_used,
    )
    from rlve_gym.kernels.graph_kernels import to_csr
    from rlve_gym.trees import random_tree_edges

    rng = stdlib_random.Random(3)
    for _ in range(200):
        n = rng.randint(1, 50)
        k, s = rng.randint(1, 6), rng.randint(1, 8)
        edges = random_tree_edges(rng, n)
        uniforms = np.random.default_rng(rng.getrandbits(32)).random((rng.randint(1, 6), n))
        within = servers_within(n, edges, k)
        expected = min(
            units_used([within[v][int(row[v] * len(within[v]))] for v in range(n)], s)
            for row in uniforms
        )
        indptr, targets, _ = to_csr(n, edges, directed=False)
        assert _fewest_blind_units(indptr, targets, k, s, uniforms) == expected
