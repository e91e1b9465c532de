"""LongestStretchLiftedToK: the sort-and-sweep answer against a search over the moves themselves
(tiny piles) and against checking every stretch's total."""

from __future__ import annotations

import random

import pytest

import rlve_gym
from rlve_gym.envs.sequence_array.longest_stretch_lifted_to_k import longest_liftable_stretch

ENV = rlve_gym.make("LongestStretchLiftedToK")


def longest_by_totals(heights, level):
    n = len(heights)
    return max(
        (
            r - l
            for l in range(n)
            for r in range(l + 1, n + 1)
            if sum(heights[l:r]) >= level * (r - l)
        ),
        default=0,
    )


def longest_by_playing_moves(heights, level):
    """Every reachable configuration (breadth-first over single moves), then its best stretch."""
    start = tuple(heights)
    seen, frontier = {start}, [start]
    while frontier:
        following = []
        for state in frontier:
            for i, h in enumerate(state):
                if h <= level:
                    continue
                for j in (i - 1, i + 1):
                    if 0 <= j < len(state):
                        nxt = list(state)
                        nxt[i] -= 1
                        nxt[j] += 1
                        nxt = tuple(nxt)
                        if nxt not in seen:
                            seen.add(nxt)
                            following.append(nxt)
        frontier = following
    best = 0
    for state in seen:
        run = 0
        for h in state:
            run = run + 1 if h >= level else 0
            best = max(best, run)
    return best


def test_the_mean_rule_matches_playing_out_every_move_on_tiny_rows():
    rng = random.Random(3)
    for _ in range(150):
        heights = [rng.randint(0, 4) for _ in range(rng.randint(1, 5))]
        level = rng.randint(1, 4)
        assert longest_liftable_stretch(heights, level) == longest_by_playing_moves(heights, level)


@pytest.mark.parametrize("piles", [3, 5, 8, 12, 20])
def test_generated_answers_match_checking_every_stretch(piles):
    for seed in range(30):
        sizes = {"piles": piles, "max_height": 6}
        instance = ENV.generate_instance(random.Random(seed), sizes)
        expected = longest_by_totals(instance["heights"], instance["level"])
        assert ENV.solve(instance) == expected
        assert min(instance["heights"]) < instance["level"] < max(instance["heights"])
        assert ENV.check(instance, ENV.parse(str(expected), instance), expected).correct
        assert not ENV.check(instance, expected - 1, expected).correct


def test_edge_cases():
    assert longest_liftable_stretch([1, 5, 0, 1], 2) == 3  # the prompt's example
    assert longest_liftable_stretch([3, 3, 3], 3) == 3  # all equal to K
    assert longest_liftable_stretch([0, 0], 1) == 0
    assert longest_liftable_stretch([9], 2) == 1


def test_answers_avoid_one_and_everything():
    for d in (0, 3):
        answers = [ENV.solve(ENV.generate(d, seed).instance) for seed in range(40)]
        assert all(1 < a < 56 + 2 * d for a in answers)
        assert len(set(answers)) > 8
