"""KingPlacementCounting: the row-mask DP against trying every set of squares."""

from __future__ import annotations

import random
from itertools import combinations

import pytest

import rlve_gym
from rlve_gym.envs.combinatorics_counting.king_placement_counting import (
    count_king_placements,
    max_kings,
)

ENV = rlve_gym.make("KingPlacementCounting")
MOD = 1_000_000_007


def brute_force(height: int, width: int, kings: int) -> int:
    squares = [(r, c) for r in range(height) for c in range(width)]
    return sum(
        all(max(abs(a[0] - b[0]), abs(a[1] - b[1])) > 1 for a, b in combinations(chosen, 2))
        for chosen in combinations(squares, kings)
    )


@pytest.mark.parametrize(
    "height,width", [(1, 1), (1, 5), (2, 2), (2, 3), (3, 3), (3, 4), (4, 4), (5, 3), (4, 5)]
)
def test_dp_matches_enumeration_for_every_k(height, width):
    for kings in range(0, max_kings(height, width) + 2):
        assert count_king_placements(height, width, kings, MOD) == brute_force(
            height, width, kings
        ), kings


def test_small_generated_instances_match_enumeration():
    for seed in range(16):
        sizes = {"max_height": 4 + seed % 2, "max_width": 4}
        inst = ENV.generate_instance(random.Random(seed), sizes)
        answer = ENV.solve(inst)
        assert answer == brute_force(inst["height"], inst["width"], inst["kings"]) % inst["modulus"]
        assert answer > 1


def test_maximum_placement_and_small_modulus():
    # an odd-sided square board has a single densest placement
    assert count_king_placements(5, 5, 9, MOD) == 1
    assert count_king_placements(5, 5, 10, MOD) == 0
    assert count_king_placements(4, 4, 3, 7) == brute_force(4, 4, 3) % 7


def test_prompt_example_is_true():
    assert brute_force(2, 2, 1) == 4 and brute_force(2, 2, 2) == 0


def test_low_levels_mix_board_shapes():
    for d in (0, 3):
        answers = {ENV.generate(difficulty=d, seed=seed).answer for seed in range(60)}
        assert len(answers) >= 4  # one fixed board gave only two answers per level
