"""FewestFibonacciSignedSum: the recursion against breadth-first search over signed sums."""

from __future__ import annotations

import pytest

import rlve_gym
from rlve_gym.envs.number_theory.fewest_fibonacci_signed_sum import fewest_fibonacci_terms

ENV = rlve_gym.make("FewestFibonacciSignedSum")
LIMIT = 3000


def bfs_distances(limit):
    """Fewest signed Fibonacci terms for every value in [0, limit], searching within [-4L, 4L]."""
    fibs = [1, 2]
    while fibs[-1] < 8 * limit:
        fibs.append(fibs[-1] + fibs[-2])
    bound = 4 * limit
    dist = {0: 0}
    frontier = [0]
    while frontier:
        nxt = []
        for v in frontier:
            for f in fibs:
                for w in (v + f, v - f):
                    if -bound <= w <= bound and w not in dist:
                        dist[w] = dist[v] + 1
                        nxt.append(w)
        frontier = nxt
    return dist


def test_recursion_matches_bfs_up_to_3000():
    dist = bfs_distances(LIMIT)
    for k in range(0, LIMIT + 1):
        assert fewest_fibonacci_terms(k) == dist[k], k


@pytest.mark.parametrize("difficulty", range(4))
def test_generated_k_are_not_fibonacci_numbers(difficulty):
    for seed in range(30):
        problem = ENV.generate(difficulty, seed)
        assert int(problem.answer) >= 2


def test_hand_written_cases():
    assert fewest_fibonacci_terms(10) == 2
    assert fewest_fibonacci_terms(12) == 2
    assert fewest_fibonacci_terms(89) == 1


def test_level_zero_not_constant_and_examples_excluded():
    answers = set()
    for seed in range(60):
        problem = ENV.generate(difficulty=0, seed=seed)
        assert problem.instance["k"] not in (10, 12)
        answers.add(problem.answer)
    assert len(answers) >= 2  # K <= 15 gave 2 for every seed
