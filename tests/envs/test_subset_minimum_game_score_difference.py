"""SubsetMinimumGameScoreDifference: the prefix recurrence against a search over every subset move."""

from __future__ import annotations

import itertools
import random
from functools import cache

import pytest

import rlve_gym
from rlve_gym.envs.game_theory.subset_minimum_game_score_difference import optimal_margin

ENV = rlve_gym.make("SubsetMinimumGameScoreDifference")


@cache
def margin_by_search(cards: tuple[int, ...]) -> int:
    """Best (mover - opponent) over every non-empty subset of the remaining cards."""
    if not cards:
        return 0
    best = None
    n = len(cards)
    for size in range(1, n + 1):
        for taken in itertools.combinations(range(n), size):
            rest = tuple(sorted(cards[i] for i in range(n) if i not in taken))
            value = min(cards[i] for i in taken) - margin_by_search(rest)
            best = value if best is None else max(best, value)
    return best


@pytest.mark.parametrize("cards", range(1, 7))
def test_recurrence_matches_full_search_on_generated_cards(cards):
    for seed in range(25):
        instance = ENV.generate_instance(random.Random(seed), {"cards": cards, "max_value": 12})
        expected = margin_by_search(tuple(sorted(instance["cards"])))
        assert ENV.solve(instance) == expected, instance


def test_edge_cases():
    assert optimal_margin([5]) == 5
    assert optimal_margin([4, 4, 4]) == 4  # take everything at once
    assert optimal_margin([1, 2, 3]) == margin_by_search((1, 2, 3)) == 2
    assert optimal_margin([1, 10]) == 9
    assert optimal_margin([3, 3, 10]) == margin_by_search((3, 3, 10))


def test_reference_verifies_and_neighbours_do_not():
    for d in (0, 4, 12):
        problem = ENV.generate(d, 3)
        value = int(problem.answer)
        assert ENV.verify(problem, f"<answer>{value}</answer>").correct
        for wrong in (value - 1, value + 1, -value):
            if wrong != value:
                assert not ENV.verify(problem, f"<answer>{wrong}</answer>").correct


def test_malformed_answers_are_format_failures():
    problem = ENV.generate(2, 1)
    for text in ("", "3.5", "five", "1 2", "9" * 40):
        v = ENV.verify(problem, f"<answer>{text}</answer>")
        assert not v.correct and not v.format_ok
