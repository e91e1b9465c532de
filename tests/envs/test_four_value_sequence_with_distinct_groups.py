"""FourValueSequenceWithDistinctGroups: every sequence over {0,1,2,3} of small lengths judged by
an independent statement of the rules; exactly the valid ones are accepted."""

from __future__ import annotations

import itertools
import random

import pytest

import rlve_gym

ENV = rlve_gym.make("FourValueSequenceWithDistinctGroups")
BANNED = {(0, 0), (1, 1), (2, 2), (3, 3), (0, 2), (2, 0), (1, 3), (3, 1), (2, 3), (3, 2)}


def valid(values, groups):
    if any((a, b) in BANNED for a, b in zip(values, values[1:])):
        return False
    return all(
        values[p - 1] != values[q - 1] for g in groups for p, q in itertools.combinations(g, 2)
    )


@pytest.mark.parametrize("length", (4, 6, 7))
def test_exactly_the_valid_sequences_are_accepted(length):
    for seed in range(3):
        instance = ENV.generate_instance(random.Random(seed), {"length": length, "groups": length})
        accepted = 0
        for values in itertools.product(range(4), repeat=length):
            good = valid(values, instance["groups"])
            verdict = ENV.check(instance, list(values), None)
            assert verdict.correct == good, (values, verdict.reason)
            accepted += good
        assert accepted >= 1 and valid(instance["planted"], instance["groups"])


@pytest.mark.parametrize("difficulty", (0, 1, 10, 20))
def test_reference_is_valid_and_groups_are_well_formed(difficulty):
    for seed in range(10):
        problem = ENV.generate(difficulty, seed)
        inst = problem.instance
        assert valid([int(t) for t in problem.answer.split()], inst["groups"])
        for group in inst["groups"]:
            assert 2 <= len(group) <= 4 and len(set(group)) == len(group)
            assert all(1 <= p <= inst["length"] for p in group)
            if len(group) == 2:
                assert (group[0] - group[1]) % 2 == 0


def test_random_valid_walks_rarely_meet_every_group_at_level_zero():
    rng = random.Random(0)
    hits = tries = 0
    for seed in range(40):
        problem = ENV.generate(0, seed)
        for _ in range(50):
            answer = ENV.random_answer(problem, rng, problem)
            hits += ENV.verify(problem, f"<answer>{answer}</answer>").correct
            tries += 1
    assert hits / tries < 0.03


def test_near_misses_and_malformed_answers_are_rejected():
    problem = ENV.generate(3, 1)
    for miss in ENV.near_misses(problem):
        assert not ENV.verify(problem, f"<answer>{miss}</answer>").correct
    n = problem.instance["length"]
    assert "banned pair" in ENV.check(problem.instance, [0] * n, None).reason
    assert "not 0, 1, 2 or 3" in ENV.check(problem.instance, [5] * n, None).reason
    for text in ("", "0 1", "a" * n):
        verdict = ENV.verify(problem, f"<answer>{text}</answer>")
        assert not verdict.correct and not verdict.format_ok
