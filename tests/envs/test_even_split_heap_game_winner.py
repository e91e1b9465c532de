"""EvenSplitHeapGameWinner: the Grundy rule against a full game-tree search, and balance."""

from __future__ import annotations

import itertools
import random
from functools import cache

import pytest

import rlve_gym

from ._winners import assert_only_the_winner_is_right, assert_winners_balanced

ENV = rlve_gym.make("EvenSplitHeapGameWinner")


@cache
def mover_wins_by_search(threshold: int, heaps: tuple[int, ...]) -> bool:
    """Every split of every large-enough heap, on sorted tuples of heap sizes."""
    for i, x in enumerate(heaps):
        if x < threshold or x < 2:
            continue
        for parts in range(2, x + 1):
            pieces = [x // parts + (1 if j < x % parts else 0) for j in range(parts)]
            after = tuple(sorted(heaps[:i] + heaps[i + 1 :] + tuple(pieces)))
            if not mover_wins_by_search(threshold, after):
                return True
    return False


@pytest.mark.parametrize("threshold", (1, 2, 3, 4))
def test_rule_matches_search_on_small_positions(threshold):
    for count in (1, 2, 3):
        for heaps in itertools.combinations_with_replacement(range(1, 9), count):
            expected = "Alice" if mover_wins_by_search(threshold, heaps) else "Bob"
            instance = {"threshold": threshold, "heaps": list(heaps)}
            assert ENV.solve(instance) == expected, (threshold, heaps)


def test_generated_small_instances_match_search():
    for seed in range(40):
        instance = ENV.generate_instance(random.Random(seed), {"heaps": 2, "max_size": 11})
        heaps = tuple(sorted(instance["heaps"]))
        expected = "Alice" if mover_wins_by_search(instance["threshold"], heaps) else "Bob"
        assert ENV.solve(instance) == expected


def test_both_winners_are_about_equally_common():
    assert_winners_balanced(ENV, (0, 3, 10, 20))


def test_parsing_and_checking():
    problem = ENV.generate(4, 2)
    assert_only_the_winner_is_right(ENV, problem, f" {problem.answer}. ", ("draw", "", "0"))
