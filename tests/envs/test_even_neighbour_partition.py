"""EvenNeighbourPartition: the reference split is valid, and on small graphs the checker accepts
exactly the splits that exhaustive search finds valid."""

from __future__ import annotations

import itertools
import random

import pytest

import rlve_gym
from rlve_gym import provenance
from rlve_gym.envs.graph.even_neighbour_partition import (
    even_partition,
    partition_problem,
    solve_gf2,
)

ENV = rlve_gym.make("EvenNeighbourPartition")


def _verify(problem, groups):
    return ENV.verify(problem, "<answer>" + " ".join(map(str, groups)) + "</answer>")


def _small_problem(sizes, seed):
    """A generated graph with few vertices (the schedule starts at 9; 2^N splits are tried)."""
    instance = ENV.generate_instance(random.Random(seed), sizes)
    base = ENV.generate(0, seed)
    answer = ENV.format_answer(ENV.solve(instance))
    problem = rlve_gym.Problem(base.env_name, base.version, 0, seed, "p", answer, instance)
    provenance.remember(problem)  # a hand-sized instance, not one the schedule gives
    return problem


@pytest.mark.parametrize("sizes", [(5, 6), (7, 8), (9, 11)])
def test_checker_accepts_exactly_the_valid_splits(sizes):
    for seed in range(10):
        problem = _small_problem({"vertices": sizes[0], "edges": sizes[1]}, seed)
        n, edges = problem.instance["n"], problem.instance["edges"]
        assert not _verify(problem, [0] * n).correct
        valid = 0
        for groups in itertools.product((0, 1), repeat=n):
            ok = partition_problem(n, edges, list(groups)) is None
            assert _verify(problem, groups).correct == ok
            valid += ok
        assert valid >= 2  # a split and its complement


@pytest.mark.parametrize("seed", range(200))
def test_random_graphs_always_have_a_split(seed):
    rng = random.Random(seed)
    n = rng.randint(1, 12)
    edges = [[u, v] for u in range(n) for v in range(u + 1, n) if rng.random() < 0.4]
    assert partition_problem(n, edges, even_partition(n, edges)) is None


def test_gf2_solver_detects_inconsistency():
    assert solve_gf2([0b11, 0b11], [0, 1], 2) is None
    x = solve_gf2([0b011, 0b110], [1, 1], 3)
    assert (x[0] ^ x[1], x[1] ^ x[2]) == (1, 1)


def test_edge_cases_and_bad_groups():
    assert even_partition(1, []) == [0]
    problem = ENV.generate(0, 0)
    n = problem.instance["n"]
    assert "0 or 1" in _verify(problem, [2] * n).reason
    assert not _verify(problem, [0] * (n + 1)).format_ok
