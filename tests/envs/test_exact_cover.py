"""ExactCover: the search and the checker against trying every subfamily of sets."""

from __future__ import annotations

import random
from itertools import combinations

import rlve_gym
from rlve_gym.envs.combinatorics_counting.exact_cover import find_exact_cover

ENV = rlve_gym.make("ExactCover")


def all_exact_covers(item_count, sets):
    covers = []
    for size in range(1, len(sets) + 1):
        for combo in combinations(range(len(sets)), size):
            items = [x for i in combo for x in sets[i]]
            if sorted(items) == list(range(1, item_count + 1)):
                covers.append([i + 1 for i in combo])
    return covers


def test_checker_accepts_exactly_the_exact_covers_on_small_instances():
    for k in range(3):
        for seed in range(6):
            sizes = {"items": 6 + 2 * k, "decoys": 3 + k}
            inst = ENV.generate_instance(random.Random(seed), sizes)
            covers = all_exact_covers(inst["items"], inst["sets"])
            assert covers, "the planted partition is always a cover"
            assert ENV.solve(inst) in covers
            for cover in covers:
                assert ENV.check(inst, list(reversed(cover)), None).correct
            for size in range(1, 4):
                for combo in combinations(range(1, len(inst["sets"]) + 1), size):
                    if list(combo) not in covers:
                        assert not ENV.check(inst, list(combo), None).correct


def test_search_reports_impossible_instances():
    assert find_exact_cover(3, [[1, 2], [2, 3]]) is None
    assert find_exact_cover(3, [[1, 2], [2, 3], [3]]) == [0, 2]
    assert find_exact_cover(1, [[1]]) == [0]


def test_reference_verifies_at_high_levels():
    for d in (20, 30, 40):
        problem = ENV.generate(difficulty=d, seed=1)
        assert ENV.verify(problem, f"<answer>{problem.answer}</answer>").correct


def test_wrong_answers_have_reasons():
    problem = ENV.generate(difficulty=2, seed=3)
    m = len(problem.instance["sets"])
    assert "no set" in ENV.verify(problem, f"<answer>{m + 1}</answer>").reason
    assert "more than once" in ENV.verify(problem, "<answer>1 1</answer>").reason
    assert not ENV.verify(problem, "<answer></answer>").format_ok
