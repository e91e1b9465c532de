"""PythagoreanIndependentSets against exhaustive search over every subset on small instances, and
the independent-set counter against brute force on random graphs with many cycles."""

from __future__ import annotations

import itertools
import random
from math import gcd, isqrt

import pytest

import rlve_gym
from rlve_gym.envs.graph.pythagorean_independent_sets import conflicts, primitive_leg_pairs
from rlve_gym.graphs import random_graph
from rlve_gym.kernels.graph_search import count_independent_sets

ENV = rlve_gym.make("PythagoreanIndependentSets")


def _conflict(a, b):
    return gcd(a, b) == 1 and isqrt(a * a + b * b) ** 2 == a * a + b * b


def _brute_sets(n, edges):
    present = {(min(u, v), max(u, v)) for u, v in edges}
    return sum(
        1
        for size in range(n + 1)
        for s in itertools.combinations(range(n), size)
        if not any(p in present for p in itertools.combinations(s, 2))
    )


@pytest.mark.parametrize("n", [6, 8, 10, 12, 14])
def test_count_matches_every_subset(n):
    # fixed small sizes directly (the schedule draws 12 to 24 numbers at d = 0, too many subsets
    # to enumerate here)
    for seed in range(4):
        sizes = {"min_numbers": n, "max_numbers": n}
        instance = ENV.generate_instance(random.Random(f"small:{n}:{seed}"), sizes)
        values, prime = instance["values"], instance["modulus"]
        edges = [
            (i, j)
            for i, j in itertools.combinations(range(len(values)), 2)
            if _conflict(values[i], values[j])
        ]
        assert ENV.solve(instance) == (_brute_sets(len(values), edges) - 1) % prime


def test_counter_on_random_graphs_with_cycles():
    rng = random.Random(29)
    for _ in range(150):
        n = rng.randint(0, 11)
        edges = random_graph(rng, n, rng.randint(0, n * (n - 1) // 2))
        assert count_independent_sets(n, edges, 1_000_003) == _brute_sets(n, edges) % 1_000_003


def test_legs_and_conflicts():
    assert sorted(primitive_leg_pairs(12)) == [(3, 4), (5, 12)]
    assert all(_conflict(a, b) for a, b in primitive_leg_pairs(300))
    for d in (0, 5, 20):
        values = ENV.generate(d, 1).instance["values"]
        assert len(conflicts(values)) >= len(values) // 4  # the legs make conflicts common


@pytest.mark.parametrize("difficulty", (0, 3, 10))
def test_counts_are_diverse(difficulty):
    """Regression: disjoint leg pairs only made the count 3^p 2^(N-2p) - 1 with a fixed p (one
    answer on 99% of the d=0 seeds); grown conflict components and a number of numbers drawn
    from a wide range vary it (with a fixed N one answer was still right on 12-36% of seeds)."""
    answers = [ENV.generate(difficulty, seed).answer for seed in range(100)]
    top = max(answers.count(a) for a in set(answers))
    assert len(set(answers)) >= 50 and top <= 5
