"""RiverBridgePlacement: the run DP against trying every placement of the bridges."""

from __future__ import annotations

import itertools
import random

import pytest

import rlve_gym
from rlve_gym.envs.geometry.bridge_placement import best_bridges, total_walk

ENV = rlve_gym.make("RiverBridgePlacement")


def walk(people, bridges):
    total = 0
    for home, work in people:
        total += min(abs(home - b) + abs(b - work) for b in bridges)
    return total


def optimum_by_trying_every_placement(people, k):
    """Bridges can be taken at endpoints (moving one towards the nearest endpoint never hurts)."""
    ends = sorted({e for person in people for e in person})
    return min(walk(people, c) for c in itertools.combinations_with_replacement(ends, k))


@pytest.mark.parametrize("bridges", (1, 2, 3))
def test_dp_matches_exhaustive_search(bridges):
    for seed in range(40):
        sizes = {"people": 1 + seed % 7, "bridges": bridges, "spread": 6}
        instance = ENV.generate_instance(random.Random(seed), sizes)
        people = instance["people"]
        best = optimum_by_trying_every_placement(people, bridges)
        assert instance["best_total"] == best
        assert walk(people, ENV.solve(instance)) == best


def test_every_optimal_pair_is_accepted_and_nothing_else():
    for seed in range(6):
        instance = ENV.generate_instance(
            random.Random(seed), {"people": 5, "bridges": 2, "spread": 5}
        )
        ends = [e for person in instance["people"] for e in person]
        span = range(min(ends) - 2, max(ends) + 3)
        for pair in itertools.product(span, repeat=2):
            expected = walk(instance["people"], pair) == instance["best_total"]
            assert ENV.check(instance, list(pair), None).correct == expected


def test_midpoint_identity_and_prompt_example():
    assert best_bridges([[0, 4], [10, 2]], 1)[0] == 12
    assert total_walk([[0, 4], [10, 2]], [3]) == 12
    # identical people: a second bridge is useless, any position for it is optimal
    best, _ = best_bridges([[5, 5], [5, 5]], 2)
    assert best == 0 and total_walk([[5, 5], [5, 5]], [5, 1000]) == 0
    rng = random.Random(1)
    for _ in range(200):
        s, t, p = (rng.randint(-20, 20) for _ in range(3))
        assert abs(p - s) + abs(p - t) == max(abs(s - t), abs(2 * p - s - t))


def test_example_answer_is_never_optimal():
    for seed in range(100):
        assert not ENV.verify(ENV.generate(0, seed), "<answer>-3 12</answer>").correct


def test_wrong_counts_and_malformed_answers():
    problem = ENV.generate(2, 1)
    k = problem.instance["bridges"]
    assert ENV.verify(problem, f"<answer>{problem.answer}</answer>").correct
    swapped = " ".join(reversed(problem.answer.split()))
    assert ENV.verify(problem, f"<answer>{swapped}</answer>").correct
    for text in ("1", " ".join(["1"] * (k + 1)), "a b", "1.5 2", ""):
        assert not ENV.verify(problem, f"<answer>{text}</answer>").format_ok
