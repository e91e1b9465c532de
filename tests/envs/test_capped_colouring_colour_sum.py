"""CappedColouringColourSum against exhaustive search over every colour assignment within the
caps on small instances."""

from __future__ import annotations

import itertools
import random

import pytest

import rlve_gym
from rlve_gym.graphs import random_graph
from rlve_gym.kernels.graph_search import capped_colouring_colour_sum

ENV = rlve_gym.make("CappedColouringColourSum")


def _brute(n, edges, caps):
    total = 0
    for colours in itertools.product(*(range(1, c + 1) for c in caps)):
        if all(colours[u] != colours[v] for u, v in edges):
            total += len(set(colours))
    return total


@pytest.mark.parametrize("difficulty", range(2))
def test_sum_matches_every_colouring(difficulty):
    for seed in range(6):
        problem = ENV.generate(difficulty, seed)
        inst = problem.instance
        expected = _brute(inst["n"], inst["edges"], inst["caps"]) % inst["modulus"]
        assert int(problem.answer) == expected > 1


def test_kernel_on_random_graphs_with_small_caps():
    rng = random.Random(19)
    for _ in range(120):
        n = rng.randint(1, 6)
        edges = random_graph(rng, n, rng.randint(0, n * (n - 1) // 2))
        caps = [rng.randint(1, 4) for _ in range(n)]
        assert (
            capped_colouring_colour_sum(n, edges, caps, 1_000_003)
            == _brute(n, edges, caps) % 1_000_003
        )


def test_known_values():
    assert capped_colouring_colour_sum(1, [], [5], 101) == 5  # five colourings, one colour each
    assert capped_colouring_colour_sum(2, [[0, 1]], [1, 1], 101) == 0  # impossible
    assert capped_colouring_colour_sum(2, [], [2, 2], 1000) == 1 + 1 + 2 + 2
