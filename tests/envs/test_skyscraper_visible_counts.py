"""SkyscraperGridFromVisibleCounts: brute force over stacked row permutations; checker on all squares."""

from __future__ import annotations

import rlve_gym
from rlve_gym.envs.grid_puzzle._skyscraper import clues_of, visible_score

from ._skyscraper_brute import (
    run_brute_force_checks,
    run_checker_on_every_4x4_square,
    run_large_board_checks,
    seen_from_start,
)

ENV = rlve_gym.make("SkyscraperGridFromVisibleCounts")


def test_visible_counts_on_hand_examples():
    assert visible_score([2, 1, 4, 3], "count") == 2
    assert visible_score([1, 2, 3, 4], "count") == 4
    assert visible_score([4, 1, 2, 3], "count") == 1
    grid = [[1, 2, 3], [2, 3, 1], [3, 1, 2]]
    assert clues_of(grid, "count") == {
        "top": [3, 2, 1],
        "bottom": [1, 2, 2],
        "left": [3, 2, 1],
        "right": [1, 2, 2],
    }
    assert all(seen_from_start(p, "count") == visible_score(p, "count") for p in grid)


def test_generated_puzzles_have_exactly_the_planted_grid():
    run_brute_force_checks(ENV, "count")


def test_checker_accepts_exactly_the_squares_meeting_the_clues():
    run_checker_on_every_4x4_square(ENV, "count")


def test_large_boards_accept_the_planted_grid_and_reject_near_misses():
    run_large_board_checks(ENV)
