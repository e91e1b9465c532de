"""LineUpWithoutAdjacentGirls: the gap formula against checking every line-up."""

from __future__ import annotations

import random
from itertools import permutations

import rlve_gym
from rlve_gym.envs.combinatorics_counting.line_up_without_adjacent_girls import count_line_ups

ENV = rlve_gym.make("LineUpWithoutAdjacentGirls")


def brute_force(boys, girls):
    people = (
        [("B", i) for i in range(boys)] + [("G", i) for i in range(girls)] + [("T", 0), ("T", 1)]
    )
    count = 0
    for line in permutations(people):
        kinds = [p[0] for p in line]
        pairs = list(zip(kinds, kinds[1:], strict=False))
        count += ("G", "G") not in pairs and ("T", "T") not in pairs
    return count


def test_formula_matches_enumeration_for_all_small_sizes():
    for boys in range(0, 4):
        for girls in range(0, 5):
            if boys + girls <= 6:
                assert count_line_ups(boys, girls) == brute_force(boys, girls), (boys, girls)


def test_impossible_and_prompt_example():
    assert count_line_ups(0, 1) == 2  # the example in the prompt
    assert count_line_ups(1, 5) == 0  # five girls need four separators
    assert count_line_ups(0, 0) == 0  # the teachers alone must be adjacent


def test_generated_problems_match_enumeration_when_small():
    checked = 0
    for seed in range(40):
        inst = ENV.generate_instance(random.Random(seed), {"max_people": 4})
        answer = ENV.solve(inst)
        if inst["boys"] + inst["girls"] <= 6:
            assert answer == brute_force(inst["boys"], inst["girls"])
            checked += 1
        assert answer > 1
    assert checked >= 10
