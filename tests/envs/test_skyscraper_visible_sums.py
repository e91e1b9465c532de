"""SkyscraperGridFromVisibleSums: brute force over stacked row permutations; checker on all squares."""

from __future__ import annotations

import rlve_gym
from rlve_gym.envs.grid_puzzle._skyscraper import clues_of, visible_score

from ._skyscraper_brute import (
    run_brute_force_checks,
    run_checker_on_every_4x4_square,
    run_large_board_checks,
)

ENV = rlve_gym.make("SkyscraperGridFromVisibleSums")


def test_visible_sums_on_hand_examples():
    assert visible_score([2, 1, 4, 3], "sum") == 6
    assert visible_score([1, 2, 3, 4], "sum") == 10
    assert visible_score([4, 1, 2, 3], "sum") == 4
    grid = [[1, 2, 3], [2, 3, 1], [3, 1, 2]]
    assert clues_of(grid, "sum") == {
        "top": [6, 5, 3],
        "bottom": [3, 4, 5],
        "left": [6, 5, 3],
        "right": [3, 4, 5],
    }


def test_generated_puzzles_have_exactly_the_planted_grid():
    run_brute_force_checks(ENV, "sum")


def test_checker_accepts_exactly_the_squares_meeting_the_clues():
    run_checker_on_every_4x4_square(ENV, "sum")


def test_large_boards_accept_the_planted_grid_and_reject_near_misses():
    run_large_board_checks(ENV)
