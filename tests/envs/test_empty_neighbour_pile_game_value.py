"""EmptyNeighbourPileGameValue: the reductions against a full game-tree search."""

from __future__ import annotations

import itertools
import random
from functools import cache

import pytest

import rlve_gym
from rlve_gym.envs.game_theory.empty_neighbour_pile_game_value import first_player_total

ENV = rlve_gym.make("EmptyNeighbourPileGameValue")


@cache
def margin_by_search(piles: tuple[int, ...]) -> int:
    """Best (mover - opponent) over every legal take."""
    n = len(piles)
    best = None
    for i, stones in enumerate(piles):
        if not stones:
            continue
        if (i > 0 and piles[i - 1] == 0) or (i < n - 1 and piles[i + 1] == 0):
            after = piles[:i] + (0,) + piles[i + 1 :]
            value = stones - margin_by_search(after)
            best = value if best is None else max(best, value)
    return 0 if best is None else best


def alice_by_search(piles):
    return (sum(piles) + margin_by_search(tuple(piles))) // 2


@pytest.mark.parametrize("n", range(3, 11))
def test_reductions_match_search_on_random_rows(n):
    rng = random.Random(n)
    for _ in range(150):
        piles = [rng.randint(1, rng.choice((3, 6, 20))) for _ in range(n)]
        for i in rng.sample(range(n), rng.randint(1, n - 1)):
            piles[i] = 0
        assert first_player_total(piles) == alice_by_search(piles), piles


def test_every_small_row_with_a_gap():
    for n in range(1, 7):
        for piles in itertools.product(range(4), repeat=n):
            if 0 in piles:
                assert first_player_total(list(piles)) == alice_by_search(piles), piles


def test_generated_rows_match_search():
    for seed in range(30):
        instance = ENV.generate_instance(random.Random(seed), {"piles": 9, "max_stones": 15})
        assert 0 in instance["piles"] and sum(1 for p in instance["piles"] if p) >= 2
        assert ENV.solve(instance) == alice_by_search(instance["piles"])


def test_hand_checked_rows():
    assert first_player_total([5, 3, 0]) == 3  # Alice must open the run: 3, then Bob takes 5
    assert first_player_total([1, 5, 2, 0]) == 3
    assert first_player_total([0, 4, 4, 0]) == 4


def test_reference_verifies_and_junk_does_not():
    problem = ENV.generate(2, 3)
    assert ENV.verify(problem, f"<answer>{problem.answer}</answer>").correct
    assert not ENV.verify(problem, f"<answer>{int(problem.answer) - 1}</answer>").correct
    for text in ("", "ten", "1/2"):
        assert not ENV.verify(problem, f"<answer>{text}</answer>").format_ok
