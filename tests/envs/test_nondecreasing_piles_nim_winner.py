"""NondecreasingPilesNimWinner: the staircase rule against full game-tree search, and balance."""

from __future__ import annotations

import itertools
import random
from functools import cache

import pytest

import rlve_gym
from rlve_gym.envs.game_theory.nondecreasing_piles_nim_winner import first_player_wins

from ._winners import assert_only_the_winner_is_right, assert_winners_balanced

ENV = rlve_gym.make("NondecreasingPilesNimWinner")


@cache
def mover_wins_by_search(piles: tuple[int, ...]) -> bool:
    for i, size in enumerate(piles):
        floor = piles[i - 1] if i > 0 else 0
        for smaller in range(floor, size):
            if not mover_wins_by_search(piles[:i] + (smaller,) + piles[i + 1 :]):
                return True
    return False


def test_rule_matches_search_on_every_small_position():
    for n in range(1, 5):
        for piles in itertools.combinations_with_replacement(range(7), n):
            assert first_player_wins(list(piles)) == mover_wins_by_search(piles), piles


@pytest.mark.parametrize("piles", range(2, 6))
def test_generated_small_instances_match_search(piles):
    for seed in range(30):
        instance = ENV.generate_instance(random.Random(seed), {"piles": piles, "max_gap": 3})
        assert instance["piles"] == sorted(instance["piles"]) and instance["piles"][0] >= 1
        expected = "Alice" if mover_wins_by_search(tuple(instance["piles"])) else "Bob"
        assert ENV.solve(instance) == expected


def test_both_winners_are_about_equally_common():
    assert_winners_balanced(ENV, (0, 3, 10, 25))


def test_parsing_and_checking():
    problem = ENV.generate(4, 2)
    assert_only_the_winner_is_right(
        ENV, problem, problem.answer.lower(), ("first", "", "Alice or Bob")
    )
