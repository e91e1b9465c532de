"""LongestRunMinimizingFlips: the per-run flip count against trying every string within the
budget, and the checker accepting exactly the optimal strings."""

from __future__ import annotations

import itertools
import random

import pytest

import rlve_gym
from rlve_gym.envs.string.longest_run_minimizing_flips import (
    flipped_to,
    flips_needed,
    runs,
    shortest_longest_run,
)

ENV = rlve_gym.make("LongestRunMinimizingFlips")


def longest_run(bits):
    return max(len(list(group)) for _, group in itertools.groupby(bits))


def distance(a, b):
    return sum(x != y for x, y in zip(a, b, strict=True))


def all_strings(n):
    return ["".join(chars) for chars in itertools.product("01", repeat=n)]


def fewest_flips_by_brute_force(bits, longest):
    return min(distance(bits, c) for c in all_strings(len(bits)) if longest_run(c) <= longest)


def test_runs_and_worked_example_of_the_prompt():
    assert runs("0011101") == [2, 3, 1, 1]
    assert shortest_longest_run("0011101", 1) == 2
    assert distance("0011101", "0010101") == 1 and longest_run("0010101") == 2


@pytest.mark.parametrize("n", range(1, 9))
def test_flip_costs_match_brute_force_on_every_short_string(n):
    for bits in all_strings(n):
        for longest in range(1, n + 1):
            needed = flips_needed(bits, longest)
            assert needed == fewest_flips_by_brute_force(bits, longest), (bits, longest)
            built = flipped_to(bits, longest)
            assert longest_run(built) <= longest and distance(bits, built) == needed


@pytest.mark.parametrize("seed", range(10))
def test_exactly_the_optimal_strings_are_accepted(seed):
    instance = ENV.generate_instance(random.Random(seed), {"length": 11, "max_run": 6})
    bits, budget = instance["bits"], instance["budget"]
    within = [c for c in all_strings(len(bits)) if distance(bits, c) <= budget]
    best = min(longest_run(c) for c in within)
    assert instance["best_longest"] == best and 3 <= best < longest_run(bits)
    assert budget >= 2
    for candidate in all_strings(len(bits)):
        v = ENV.check(instance, candidate, None)
        expected = distance(bits, candidate) <= budget and longest_run(candidate) == best
        assert v.correct == expected, (candidate, v)
    assert ENV.check(instance, ENV.solve(instance), None).correct


def test_fallback_and_generated_levels_keep_the_promises():
    for d in (0, 2, 6):
        for seed in range(40):
            problem = ENV.generate(d, seed)
            inst = problem.instance
            assert (
                2
                <= inst["budget"]
                < min(flips_needed(inst["bits"], 1), flips_needed(inst["bits"], 2))
            )
            assert inst["best_longest"] < longest_run(inst["bits"])
            assert ENV.verify(problem, f"<answer>{problem.answer}</answer>").correct


def test_near_misses_and_malformed_answers_are_rejected():
    problem = ENV.generate(1, 4)
    misses = ENV.near_misses(problem)
    assert problem.instance["bits"] in misses and len(misses) >= 3
    for miss in misses:
        assert not ENV.verify(problem, f"<answer>{miss}</answer>").correct
    for text in ("", "01 10", "0120", "abc"):
        v = ENV.verify(problem, f"<answer>{text}</answer>")
        assert not v.correct and not v.format_ok
    v = ENV.verify(problem, f"<answer>{problem.answer}0</answer>")
    assert not v.correct and "bits" in v.reason
