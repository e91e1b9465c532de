"""DoublingLimitCoinGameValue: the limit DP against a plain search over every legal take."""

from __future__ import annotations

import random
from functools import cache

import pytest

import rlve_gym
from rlve_gym.envs.game_theory.doubling_limit_coin_game_value import first_player_total

ENV = rlve_gym.make("DoublingLimitCoinGameValue")


def totals_by_search(coins):
    """(mover's total, other's total) from the whole game tree, each maximising their own total."""
    coins = tuple(coins)

    @cache
    def play(start, previous):
        if start == len(coins):
            return 0, 0
        best = None
        for take in range(1, min(2 * previous, len(coins) - start) + 1):
            other, mine_after = play(start + take, take)
            mine = sum(coins[start : start + take]) + mine_after
            if best is None or mine > best[0]:
                best = (mine, other)
        return best

    return play(0, 1)  # the first move may take 1 or 2 = 2 * 1


@pytest.mark.parametrize("coins", range(1, 13))
def test_dp_matches_game_tree_search(coins):
    for seed in range(20):
        instance = ENV.generate_instance(random.Random(seed), {"coins": coins, "max_value": 9})
        alice, bob = totals_by_search(instance["coins"])
        assert ENV.solve(instance) == alice
        assert alice + bob == sum(instance["coins"])


def test_generated_levels_match_search():
    for d in (0, 3):
        for seed in range(10):
            problem = ENV.generate(d, seed)
            assert int(problem.answer) == totals_by_search(problem.instance["coins"])[0]


def test_hand_checked_stacks():
    assert first_player_total([7]) == 7
    assert first_player_total([1, 5]) == 6  # take both
    assert first_player_total([1, 1, 100]) == 2  # Bob reaches the 100 whatever Alice does
    assert first_player_total([5, 1, 1, 1, 1]) == totals_by_search([5, 1, 1, 1, 1])[0]


def test_reference_verifies_and_others_do_not():
    problem = ENV.generate(5, 7)
    assert ENV.verify(problem, f"<answer>{problem.answer}</answer>").correct
    assert not ENV.verify(problem, f"<answer>{int(problem.answer) + 1}</answer>").correct
    for text in ("", "x", "1 2"):
        assert not ENV.verify(problem, f"<answer>{text}</answer>").format_ok
