"""GroupTableSeatingAssignment: the flow solver against exhaustive search and a greedy, and the
checker against a naive count on every seating of tiny instances."""

from __future__ import annotations

import itertools
import random

import pytest

import rlve_gym
from rlve_gym.envs.scheduling.group_table_seating_assignment import flow_seating

ENV = rlve_gym.make("GroupTableSeatingAssignment")


def valid(sizes, caps, seating):
    used = [0] * len(caps)
    for r, tables in zip(sizes, seating, strict=True):
        if len(tables) != r or len(set(tables)) != r:
            return False
        for t in tables:
            used[t - 1] += 1
    return all(u <= c for u, c in zip(used, caps, strict=True))


def every_seating(sizes, n):
    choices = [list(itertools.combinations(range(1, n + 1), r)) for r in sizes]
    return (list(map(list, combo)) for combo in itertools.product(*choices))


def greedy_seating(sizes, caps):
    """Largest groups first, each member at a different table among those with most room left."""
    room = list(caps)
    seating = [None] * len(sizes)
    for g in sorted(range(len(sizes)), key=lambda g: -sizes[g]):
        tables = sorted(range(len(caps)), key=lambda t: -room[t])[: sizes[g]]
        if any(room[t] == 0 for t in tables):
            return None
        for t in tables:
            room[t] -= 1
        seating[g] = [t + 1 for t in tables]
    return seating


@pytest.mark.parametrize("seed", range(8))
def test_checker_matches_naive_count_on_every_seating(seed):
    inst = ENV.generate_instance(random.Random(seed), {"groups": 3, "tables": 4})
    sizes, caps = inst["sizes"], inst["capacities"]
    accepted = 0
    for seating in every_seating(sizes, len(caps)):
        expected = valid(sizes, caps, seating)
        assert ENV.check(inst, seating, None).correct == expected
        accepted += expected
    assert accepted >= 1 and valid(sizes, caps, ENV.solve(inst))


def test_flow_agrees_with_exhaustive_search_including_impossible_cases():
    rng = random.Random(5)
    for _ in range(150):
        n = rng.randint(2, 4)
        sizes = [rng.randint(1, n) for _ in range(rng.randint(1, 3))]
        caps = [rng.randint(0, 3) for _ in range(n)]
        exists = any(valid(sizes, caps, s) for s in every_seating(sizes, n))
        seating = flow_seating(sizes, caps)
        assert (seating is not None) == exists
        if seating is not None:
            assert valid(sizes, caps, seating)


@pytest.mark.parametrize("difficulty", (0, 5, 20))
def test_generated_instances_are_tight_and_solved(difficulty):
    for seed in range(15):
        problem = ENV.generate(difficulty, seed)
        sizes, caps = problem.instance["sizes"], problem.instance["capacities"]
        assert sum(sizes) == sum(caps)
        assert valid(sizes, caps, ENV.parse(problem.answer, problem.instance))
        greedy = greedy_seating(sizes, caps)
        assert greedy is not None and ENV.check(problem.instance, greedy, None).correct


def test_invalid_and_malformed_answers():
    problem = ENV.generate(0, 3)
    seating = ENV.parse(problem.answer, problem.instance)
    seating[0] = [seating[0][0]] * len(seating[0])
    assert "share a table" in ENV.check(problem.instance, seating, None).reason
    parts = problem.answer.split("; ")
    verdict = ENV.verify(problem, "<answer>" + "; ".join(parts[:-1]) + "</answer>")
    assert not verdict.correct and not verdict.format_ok
    for text in ("1 2; x", "a"):
        verdict = ENV.verify(problem, f"<answer>{text}</answer>")
        assert not verdict.correct and not verdict.format_ok
