"""ShuffledPiecePartition: the checker against every cut and order on small instances."""

from __future__ import annotations

import itertools
import random

import pytest

import rlve_gym
from rlve_gym.envs.string.shuffled_piece_partition import partition_problem

ENV = rlve_gym.make("ShuffledPiecePartition")


def all_cuts(n, k):
    for inner in itertools.combinations(range(1, n), k - 1):
        bounds = [0, *inner, n]
        yield [(bounds[i] + 1, bounds[i + 1]) for i in range(k)]


def valid_lists_by_brute_force(text, k, shuffled):
    found = set()
    for cut in all_cuts(len(text), k):
        for order in itertools.permutations(cut):
            if "".join(text[l - 1 : r] for l, r in order) == shuffled:
                found.add(tuple(x for interval in order for x in interval))
    return found


def test_worked_example_of_the_prompt():
    instance = {"text": "abcd", "pieces": 2, "shuffled": "cdab", "cut_in_order": [(3, 4), (1, 2)]}
    assert ENV.check(instance, [3, 4, 1, 2], None).correct
    assert valid_lists_by_brute_force("abcd", 2, "cdab") == {(3, 4, 1, 2)}


@pytest.mark.parametrize("seed", range(12))
def test_exactly_the_valid_lists_are_accepted(seed):
    instance = ENV.generate_instance(random.Random(seed), {"length": 7, "pieces": 3})
    text, k, shuffled = instance["text"], instance["pieces"], instance["shuffled"]
    valid = valid_lists_by_brute_force(text, k, shuffled)
    assert tuple(ENV.solve(instance)) in valid
    for cut in all_cuts(len(text), k):
        for order in itertools.permutations(cut):
            answer = [x for interval in order for x in interval]
            assert ENV.check(instance, answer, None).correct == (tuple(answer) in valid)
    # overlapping or uncovering lists are rejected even if they spell T
    for answer in itertools.product(range(1, 8), repeat=4):
        v = ENV.check(instance, list(answer) + [1, 1], None)
        assert v.correct == (tuple(answer) + (1, 1) in valid)


def test_pieces_never_stay_in_their_original_order():
    for seed in range(100):
        instance = ENV.generate(0, seed).instance
        cut = [tuple(p) for p in instance["cut_in_order"]]
        assert cut != sorted(cut)


def test_partition_problems_are_named():
    assert partition_problem([(1, 2), (3, 5)], 5) is None
    assert "not within" in partition_problem([(0, 2), (3, 5)], 5)
    assert "not within" in partition_problem([(3, 2), (3, 5)], 5)
    assert "twice or not at all" in partition_problem([(1, 3), (3, 5)], 5)
    assert "twice or not at all" in partition_problem([(1, 1), (3, 5)], 5)
    assert "not covered" in partition_problem([(1, 2), (3, 4)], 5)


def test_near_misses_and_malformed_answers_are_rejected():
    problem = ENV.generate(2, 7)
    misses = ENV.near_misses(problem)
    assert len(misses) >= 3
    for miss in misses:
        assert not ENV.verify(problem, f"<answer>{miss}</answer>").correct
    k = problem.instance["pieces"]
    for text in ("", "1 2", " ".join(["1"] * (2 * k + 1)), "a b"):
        v = ENV.verify(problem, f"<answer>{text}</answer>")
        assert not v.correct and not v.format_ok
