"""SubsequenceWithMostFixedPoints: the chain DP against scoring every subset of positions;
every best subset accepted, every other rejected."""

from __future__ import annotations

import itertools
import random

import pytest

import rlve_gym
from rlve_gym.envs.sequence_array.subsequence_with_most_fixed_points import best_chain

ENV = rlve_gym.make("SubsequenceWithMostFixedPoints")


def points(values, subset):
    return sum(values[p - 1] == j for j, p in enumerate(subset, start=1))


def all_subsets(n):
    for size in range(n + 1):
        yield from itertools.combinations(range(1, n + 1), size)


@pytest.mark.parametrize("length", [3, 5, 7, 10])
def test_exactly_the_best_choices_are_accepted(length):
    for seed in range(10):
        instance = ENV.generate_instance(random.Random(seed), {"length": length})
        values = instance["values"]
        scores = {s: points(values, s) for s in all_subsets(length)}
        best = max(scores.values())
        assert instance["best_score"] == best
        assert scores[tuple(ENV.solve(instance))] == best
        for subset, value in scores.items():
            verdict = ENV.check(instance, list(subset), None)
            assert verdict.correct == (value == best), (values, subset)


def test_chain_length_on_random_small_arrays():
    rng = random.Random(8)
    for _ in range(200):
        n = rng.randint(1, 9)
        values = [rng.randint(1, n) for _ in range(n)]
        best = max(points(values, s) for s in all_subsets(n))
        assert len(best_chain(values)) == best
    assert best_chain([5, 5, 5]) == []  # nothing can score
    assert len(best_chain([1, 1, 1])) == 1  # all equal: only one can score


def test_generated_instances_beat_keeping_everything_and_the_example():
    for d in (0, 2, 10):
        for seed in range(25):
            problem = ENV.generate(d, seed)
            values = problem.instance["values"]
            assert problem.instance["best_score"] >= 3
            suffixes = [
                points(values, range(s, len(values) + 1)) for s in range(1, len(values) + 1)
            ]
            assert max(suffixes) < problem.instance["best_score"]
            assert not ENV.verify(problem, "<answer>2 3</answer>").correct


def test_prompt_example_and_bad_answers():
    instance = {"values": [2, 1, 3, 2], "best_score": 2}
    assert ENV.check(instance, [2, 4], None).correct
    assert "scores 1" in ENV.check(instance, [2, 3, 4], None).reason
    assert "increasing" in ENV.check(instance, [4, 2], None).reason
    assert "outside" in ENV.check(instance, [2, 5], None).reason
    problem = ENV.generate(1, 2)
    for text in ("1 x", "2.0", " ".join(["1"] * 40)):
        verdict = ENV.verify(problem, f"<answer>{text}</answer>")
        assert not verdict.correct and not verdict.format_ok
