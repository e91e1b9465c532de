"""IntervalColoringMinColors: chromatic number by trying every colouring on small instances;
every optimal colouring accepted, every other one rejected."""

from __future__ import annotations

import itertools
import random

import pytest

import rlve_gym
from rlve_gym.envs.scheduling.interval_coloring_min_colors import greedy_colouring

ENV = rlve_gym.make("IntervalColoringMinColors")


def overlapping_pairs(intervals):
    return [
        (i, j)
        for i, j in itertools.combinations(range(len(intervals)), 2)
        if max(intervals[i][0], intervals[j][0]) <= min(intervals[i][1], intervals[j][1])
    ]


def proper(pairs, colours):
    return all(colours[i] != colours[j] for i, j in pairs)


def chromatic_by_brute_force(intervals):
    pairs = overlapping_pairs(intervals)
    n = len(intervals)
    for k in range(1, n + 1):
        if any(proper(pairs, c) for c in itertools.product(range(k), repeat=n)):
            return k
    return n


def small_instance(seed, n):
    return ENV.generate_instance(random.Random(seed), {"intervals": n})


@pytest.mark.parametrize("n", range(2, 8))
def test_optimum_and_greedy_match_brute_force(n):
    for seed in range(25):
        inst = small_instance(seed, n)
        best = chromatic_by_brute_force(inst["intervals"])
        assert inst["colours"] == best
        colours = greedy_colouring(inst["intervals"])
        assert len(set(colours)) == best and proper(overlapping_pairs(inst["intervals"]), colours)


@pytest.mark.parametrize("seed", range(6))
def test_checker_accepts_exactly_the_optimal_proper_colourings(seed):
    inst = small_instance(seed, 6)
    pairs = overlapping_pairs(inst["intervals"])
    for colours in itertools.product(range(1, 5), repeat=6):
        expected = proper(pairs, colours) and len(set(colours)) == inst["colours"]
        assert ENV.check(inst, list(colours), None).correct == expected, colours


def test_touching_ends_overlap_and_ties():
    inst = {"intervals": [[1, 3], [3, 5], [5, 7]], "colours": 2}
    assert ENV.check(inst, [1, 2, 1], None).correct
    assert "overlap" in ENV.check(inst, [1, 1, 2], None).reason
    same = {"intervals": [[2, 4]] * 4, "colours": 4}
    assert greedy_colouring(same["intervals"]) == [1, 2, 3, 4]
    assert ENV.check(same, [4, 3, 2, 1], None).correct


def test_extra_colours_out_of_range_and_malformed():
    problem = ENV.generate(2, 1)
    n = len(problem.instance["intervals"])
    assert (
        not ENV.verify(
            problem, "<answer>" + " ".join(map(str, range(1, n + 1))) + "</answer>"
        ).correct
        or problem.instance["colours"] == n
    )
    assert "from 1 to" in ENV.verify(problem, "<answer>" + " ".join(["0"] * n) + "</answer>").reason
    for text in ("1 2", "a b c", " ".join(["1"] * (n + 1))):
        verdict = ENV.verify(problem, f"<answer>{text}</answer>")
        assert not verdict.correct and not verdict.format_ok
