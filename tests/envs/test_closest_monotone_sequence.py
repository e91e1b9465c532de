"""ClosestMonotoneSequence: the slope trick against every monotone sequence over the value range."""

from __future__ import annotations

import itertools
import random

import pytest

import rlve_gym
from rlve_gym.envs.sequence_array.closest_monotone_sequence import (
    closest_monotone,
    closest_non_decreasing,
)

ENV = rlve_gym.make("ClosestMonotoneSequence")


def monotone_sequences(n, low, high):
    """Every non-decreasing and every non-increasing sequence of n values in low..high."""
    for seq in itertools.combinations_with_replacement(range(low, high + 1), n):
        yield list(seq)
        yield list(seq[::-1])


def cost(values, seq):
    return sum(abs(a - b) for a, b in zip(values, seq))


def best_by_brute_force(values):
    # an optimal fit never leaves the range of A (clipping into it only lowers every term)
    return min(cost(values, s) for s in monotone_sequences(len(values), min(values), max(values)))


def small_instance(seed, length, noise=6):
    return ENV.generate_instance(random.Random(seed), {"length": length, "noise": noise})


@pytest.mark.parametrize("length", range(1, 7))
def test_optimum_and_reference_match_brute_force(length):
    for seed in range(15):
        inst = small_instance(seed, length)
        assert inst["best_cost"] == best_by_brute_force(inst["values"])
        assert ENV.check(inst, ENV.solve(inst), None).correct


def test_non_decreasing_fit_against_a_quadratic_dp_over_values():
    rng = random.Random(2)
    for _ in range(100):
        values = [rng.randint(-5, 20) for _ in range(rng.randint(1, 12))]
        levels = sorted(set(values))
        best = [abs(values[0] - v) for v in levels]  # best[k]: fit ending at level k
        for a in values[1:]:
            running, nxt = float("inf"), []
            for k, v in enumerate(levels):
                running = min(running, best[k])
                nxt.append(running + abs(a - v))
            best = nxt
        cost_found, fit = closest_non_decreasing(values)
        assert cost_found == min(best) == cost(values, fit)
        assert all(a <= b for a, b in zip(fit, fit[1:]))


@pytest.mark.parametrize("seed", range(5))
def test_exactly_the_optimal_monotone_sequences_are_accepted(seed):
    inst = small_instance(seed, 5, noise=4)
    values = inst["values"]
    accepted = 0
    for seq in monotone_sequences(5, min(values) - 1, max(values) + 1):
        v = ENV.check(inst, seq, None)
        assert v.correct == (cost(values, seq) == inst["best_cost"])
        accepted += v.correct
    assert accepted >= 1


def test_either_direction_and_edge_cases():
    assert closest_monotone([1, 3, 2]) == (1, [1, 2, 2])  # the prompt's example
    assert closest_monotone([5, 4, 1])[0] == 0  # already non-increasing
    assert closest_monotone([7]) == (0, [7])
    assert closest_monotone([3, 3, 3]) == (0, [3, 3, 3])
    inst = {"values": [9, 1, 5], "best_cost": 4}
    assert ENV.check(inst, [9, 5, 5], None).correct  # non-increasing, cost 4
    assert ENV.check(inst, [9, 3, 3], None).correct  # another fit of cost 4
    assert not ENV.check(inst, [5, 5, 5], None).correct  # flat, cost 8
    assert "neither" in ENV.check(inst, [9, 1, 5], None).reason


def test_malformed_answers_are_format_errors():
    problem = ENV.generate(2, 3)
    n = len(problem.instance["values"])
    for text in ("", " ".join(["1"] * (n + 1)), "1.5 " * n, "1" * 30):
        v = ENV.verify(problem, f"<answer>{text}</answer>")
        assert not v.correct and not v.format_ok
