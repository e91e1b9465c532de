"""PermutationsWithBoundedAdjacentDifference: the profile DP against checking every permutation."""

from __future__ import annotations

from itertools import permutations

import pytest

import rlve_gym
from rlve_gym.envs.combinatorics_counting.bounded_adjacent_difference_permutations import (
    count_bounded_difference_permutations,
)

ENV = rlve_gym.make("PermutationsWithBoundedAdjacentDifference")


def brute_force(n, k):
    return sum(
        all(abs(p[i] - p[i + 1]) <= k for i in range(n - 1)) for p in permutations(range(1, n + 1))
    )


@pytest.mark.parametrize("n", range(0, 9))
def test_solver_matches_enumeration_for_every_limit(n):
    for k in range(0, n + 1):
        assert count_bounded_difference_permutations(n, k) == brute_force(n, k), (n, k)


def test_generated_levels_match_enumeration():
    for d in range(5):
        for seed in range(8):
            problem = ENV.generate(difficulty=d, seed=seed)
            inst = problem.instance
            assert int(problem.answer) == brute_force(inst["length"], inst["max_difference"])


def test_known_values():
    assert count_bounded_difference_permutations(10, 1) == 2
    assert count_bounded_difference_permutations(6, 5) == 720  # no restriction left
    assert count_bounded_difference_permutations(1, 0) == 1
    assert count_bounded_difference_permutations(2, 0) == 0
    # K = 2: OEIS A003274 (2, 6, 12, 20, 34, 56, ...) from n = 2 on
    assert [count_bounded_difference_permutations(n, 2) for n in range(2, 9)] == [
        2,
        6,
        12,
        20,
        34,
        56,
        88,
    ]


def test_limit_stays_below_n_minus_one_and_answers_are_large():
    for seed in range(30):
        inst = ENV.generate(difficulty=3, seed=seed).instance
        assert 2 <= inst["max_difference"] <= min(4, inst["length"] - 2)
    assert int(ENV.generate(difficulty=30, seed=0).answer) > 10**6


def test_level_zero_has_several_answers():
    """Regression: at N = 4 the only level-0 instance was N = 4, K = 2 (answer 12)."""
    answers = {ENV.generate(difficulty=0, seed=seed).answer for seed in range(60)}
    assert len(answers) >= 3
