"""TwoStackPermutationOperations: every operation string tried on small queues; the checker
accepts exactly the strings whose naive replay gives the target."""

from __future__ import annotations

import itertools
import random

import pytest

import rlve_gym

from ._queue_stacks import naive_output

ENV = rlve_gym.make("TwoStackPermutationOperations")


def small_instance(seed, n):
    return ENV.generate_instance(random.Random(seed), {"min_numbers": n, "max_numbers": n})


@pytest.mark.parametrize("seed", range(2))
def test_checker_accepts_exactly_the_strings_that_replay_to_the_target(seed):
    instance = small_instance(seed, 4)
    accepted = 0
    for letters in itertools.product("abcd", repeat=8):
        ops = "".join(letters)
        expected = naive_output(4, ops) == instance["target"]
        assert ENV.check(instance, ops, None).correct == expected, ops
        accepted += expected
    assert accepted >= 2  # the number that leaves first may use either stack


@pytest.mark.parametrize("difficulty", (0, 3, 10))
def test_reference_replays_to_the_target(difficulty):
    for seed in range(30):
        problem = ENV.generate(difficulty, seed)
        target = problem.instance["target"]
        assert naive_output(len(target), problem.answer) == target
        assert target not in (sorted(target), sorted(target, reverse=True))
        swapped = problem.answer.translate(str.maketrans("abcd", "cdab"))
        assert ENV.verify(problem, f"<answer>{swapped}</answer>").correct  # stacks renamed


def test_near_misses_and_malformed_answers():
    problem = ENV.generate(2, 3)
    for miss in ENV.near_misses(problem):
        assert naive_output(len(problem.instance["target"]), miss) != problem.instance["target"]
    assert len(ENV.near_misses(problem)) >= 3
    assert "empty stack" in ENV.verify(problem, "<answer>d</answer>").reason
    for text in ("abe", "1 2 3"):
        verdict = ENV.verify(problem, f"<answer>{text}</answer>")
        assert not verdict.correct and not verdict.format_ok
