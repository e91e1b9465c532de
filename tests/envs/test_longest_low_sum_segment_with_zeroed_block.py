"""LongestLowSumSegmentWithZeroedBlock: the two-pointer optimum against trying every block and
every segment; every optimal answer accepted, everything else rejected."""

from __future__ import annotations

import itertools
import random

import pytest

import rlve_gym
from rlve_gym.envs.sequence_array import longest_low_sum_segment_with_zeroed_block as module
from rlve_gym.envs.sequence_array.longest_low_sum_segment_with_zeroed_block import best_segment

ENV = rlve_gym.make("LongestLowSumSegmentWithZeroedBlock")


def all_answers(n, d):
    for a in range(1, n + 1):
        for b in range(a, min(n, a + d - 1) + 1):
            for c in range(1, n + 1):
                for e in range(c, n + 1):
                    yield a, b, c, e


def sum_after(values, a, b, c, e):
    changed = [0 if a <= i + 1 <= b else v for i, v in enumerate(values)]
    return sum(changed[c - 1 : e])


def optimum_by_brute_force(values, d, p):
    return max(
        e - c + 1
        for a, b, c, e in all_answers(len(values), d)
        if sum_after(values, a, b, c, e) <= p
    )


def small_instance(seed, n):
    return ENV.generate_instance(random.Random(seed), {"length": n, "max_value": 9})


@pytest.mark.parametrize("n", (1, 2, 4, 7, 9))
def test_two_pointer_optimum_matches_brute_force(n):
    rng = random.Random(n)
    for _ in range(40):
        values = [rng.randint(1, 9) for _ in range(n)]
        d = rng.randint(1, n)
        p = rng.randint(0, sum(values))
        length, start, block_start = best_segment(values, d, p)
        assert length == optimum_by_brute_force(values, d, p)
        block = (block_start + 1, block_start + min(d, length))
        assert sum_after(values, *block, start + 1, start + length) <= p


@pytest.mark.parametrize("seed", range(6))
def test_exactly_the_optimal_answers_are_accepted(seed):
    instance = small_instance(seed, 7)
    values, d, p = instance["values"], instance["block"], instance["limit"]
    best = optimum_by_brute_force(values, d, p)
    assert instance["best_length"] == best and d < best < len(values)
    accepted = 0
    for a, b, c, e in itertools.product(range(1, 8), repeat=4):
        valid = a <= b and c <= e and b - a + 1 <= d
        right = valid and e - c + 1 == best and sum_after(values, a, b, c, e) <= p
        v = ENV.check(instance, ENV.parse(f"{a} {b} {c} {e}", instance), None)
        assert v.correct == right, (a, b, c, e, v)
        accepted += right
    assert accepted >= 1
    reference = ENV.solve(instance)
    assert ENV.check(instance, reference, None).correct


def test_generated_problems_match_brute_force_and_avoid_trivial_optima():
    for d in (0, 1):
        for seed in range(8):
            problem = ENV.generate(d, seed)
            inst = problem.instance
            best = optimum_by_brute_force(inst["values"], inst["block"], inst["limit"])
            assert inst["best_length"] == best and inst["block"] < best < len(inst["values"])
            assert ENV.verify(problem, problem.reference_response()).correct


def test_fallback_sets_p_to_zero(monkeypatch):
    monkeypatch.setattr(module, "REDRAWS", 0)
    inst = ENV.generate_instance(random.Random(2), {"length": 8, "max_value": 9})
    assert inst["limit"] == 0 and inst["best_length"] == inst["block"]
    assert ENV.check(inst, ENV.solve(inst), None).correct


def test_edge_cases():
    assert best_segment([5], 1, 0) == (1, 0, 0)
    assert best_segment([3, 3, 3, 3], 2, 3)[0] == 3  # all equal: zero two, keep one 3
    assert best_segment([9, 1, 1, 9], 1, 2)[0] == 3  # zero a 9 next to the two ones


def test_near_misses_and_malformed_answers_are_rejected():
    problem = ENV.generate(3, 11)
    for text in ENV.near_misses(problem):
        assert not ENV.verify(problem, f"<answer>{text}</answer>").correct
    for text in ("", "1 2 3", "1 2 3 4 5", "a b c d", "1.0 2 3 4"):
        v = ENV.verify(problem, f"<answer>{text}</answer>")
        assert not v.correct and not v.format_ok
    a, b, c, e = (int(t) for t in problem.answer.split())
    v = ENV.verify(problem, f"<answer>{b} {a - 1} {c} {e}</answer>")
    assert not v.correct and v.format_ok
