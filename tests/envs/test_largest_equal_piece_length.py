"""LargestEqualPieceLength: binary search against trying every L."""

from __future__ import annotations

import pytest

import rlve_gym
from rlve_gym.envs.number_theory.largest_equal_piece_length import largest_piece_length

ENV = rlve_gym.make("LargestEqualPieceLength")


def by_scan(lengths, wanted):
    return max(
        (L for L in range(1, max(lengths) + 1) if sum(a // L for a in lengths) >= wanted), default=0
    )


@pytest.mark.parametrize("difficulty", range(6))
def test_generated_instances_match_the_scan(difficulty):
    for seed in range(40):
        problem = ENV.generate(difficulty, seed)
        i = problem.instance
        assert int(problem.answer) == by_scan(i["lengths"], i["wanted"]) >= 2


def test_edge_cases():
    assert largest_piece_length([5], 1) == 5
    assert largest_piece_length([5], 5) == 1
    assert largest_piece_length([5], 6) == 0  # impossible even with L = 1
    assert largest_piece_length([7, 7, 7], 3) == 7
    for lengths in ([3, 9, 14], [1, 1, 100], [12, 18, 30]):
        for wanted in range(1, 60):
            assert largest_piece_length(lengths, wanted) == by_scan(lengths, wanted)
