"""FewestFibonacciSignedSum: the recursion against breadth-first search over signed sums."""

from __future__ import annotations

import pytest

import rlve_gym
from rlve_gym.envs.number_theory.fewest_fibonacci_signed_sum import (
    fewest_fibonacci_terms,
    shortest_signed_fibonacci_sum,
)

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


def test_recursion_and_representation_match_bfs_up_to_3000():
    dist = bfs_distances(LIMIT)
    fibs = {1, 2}
    while len(fibs) < 40:
        fibs.add(sum(sorted(fibs)[-2:]))
    for k in range(0, LIMIT + 1):
        assert fewest_fibonacci_terms(k) == dist[k], k
        terms = shortest_signed_fibonacci_sum(k)
        assert sum(terms) == k and len(terms) == dist[k] and all(abs(t) in fibs for t in terms)


@pytest.mark.parametrize("difficulty", range(4))
def test_generated_k_are_not_fibonacci_numbers(difficulty):
    for seed in range(30):
        problem = ENV.generate(difficulty, seed)
        assert problem.instance["fewest"] == len(problem.answer.split()) >= 2


def test_every_shortest_representation_is_accepted_and_longer_ones_are_not():
    instance = {"k": 12, "fewest": 2}
    assert ENV.check(instance, [13, -1], None).correct
    assert ENV.check(instance, [-1, 13], None).correct
    assert not ENV.check(instance, [8, 3, 1], None).correct  # right sum, one term too many
    assert not ENV.check(instance, [8, 4], None).correct  # 4 is not a Fibonacci number
    assert not ENV.check(instance, [13, 1], None).correct  # wrong sum
    instance = {"k": 7, "fewest": 2}
    assert ENV.check(instance, [5, 2], None).correct and ENV.check(instance, [8, -1], None).correct


def test_hand_written_cases():
    assert fewest_fibonacci_terms(10) == 2
    assert fewest_fibonacci_terms(12) == 2
    assert fewest_fibonacci_terms(89) == 1


def test_level_zero_not_constant_and_examples_excluded():
    answers = set()
    for seed in range(60):
        problem = ENV.generate(difficulty=0, seed=seed)
        assert problem.instance["k"] not in (10, 12)
        answers.add(problem.instance["fewest"])
    assert len(answers) >= 2  # K <= 15 gave 2 for every seed
