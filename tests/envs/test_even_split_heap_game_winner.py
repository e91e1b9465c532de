"""EvenSplitHeapGameWinner: the Grundy rule against a full game-tree search, and balance."""

from __future__ import annotations

import itertools
import random
from functools import cache

import pytest

import rlve_gym

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
    for d in (0, 3, 10, 20):
        alice = sum(ENV.generate(d, s).answer == "Alice" for s in range(200))
        assert 75 <= alice <= 125, (d, alice)


def test_parsing_and_checking():
    problem = ENV.generate(4, 2)
    loser = "Bob" if problem.answer == "Alice" else "Alice"
    assert ENV.verify(problem, f"<answer> {problem.answer}. </answer>").correct
    v = ENV.verify(problem, f"<answer>{loser}</answer>")
    assert not v.correct and v.format_ok
    for text in ("draw", "", "0"):
        assert not ENV.verify(problem, f"<answer>{text}</answer>").format_ok
