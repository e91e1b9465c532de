"""MinMaxBatchSplit: binary search + greedy against every composition of N into M parts."""

from __future__ import annotations

import itertools
import random

import pytest

import rlve_gym
from rlve_gym.envs.sequence_array.min_max_batch_split import (
    batch_sums,
    smallest_largest_sum,
    split_within,
)

ENV = rlve_gym.make("MinMaxBatchSplit")


def all_splits(n, m):
    """Every list of m positive sizes adding up to n (cut points chosen among n - 1 gaps)."""
    for cuts in itertools.combinations(range(1, n), m - 1):
        bounds = (0, *cuts, n)
        yield [bounds[i + 1] - bounds[i] for i in range(m)]


def largest_sum(values, sizes):
    start, largest = 0, 0
    for size in sizes:
        largest = max(largest, sum(values[start : start + size]))
        start += size
    return largest


def verdict(problem, text):
    return ENV.verify(problem, f"<answer>{text}</answer>")


SMALL_SIZES = [
    {"elements": n, "batches": m, "max_root": 12} for n, m in ((6, 2), (9, 3), (12, 4), (16, 5))
]


@pytest.mark.parametrize("sizes", SMALL_SIZES)
def test_optimum_and_reference_match_all_splits(sizes):
    for seed in range(25):
        instance = ENV.generate_instance(random.Random(seed), sizes)
        values, m = instance["values"], instance["batches"]
        best = min(largest_sum(values, s) for s in all_splits(len(values), m))
        assert instance["best_largest_sum"] == best
        split = ENV.solve(instance)
        assert len(split) == m and min(split) >= 1 and sum(split) == len(values)
        assert largest_sum(values, split) == best


@pytest.mark.parametrize("difficulty", range(0, 21, 5))
def test_the_reference_split_is_valid_and_optimal(difficulty):
    for seed in range(10):
        problem = ENV.generate(difficulty, seed)
        values, m = problem.instance["values"], problem.instance["batches"]
        sizes = [int(t) for t in problem.answer.split()]
        assert len(sizes) == m and min(sizes) >= 1 and sum(sizes) == len(values)
        assert largest_sum(values, sizes) == problem.instance["best_largest_sum"]


@pytest.mark.parametrize("seed", range(3))
def test_exactly_the_optimal_splits_are_accepted_and_others_earn_nothing(seed):
    problem = ENV.generate(0, seed)
    values, m = problem.instance["values"], problem.instance["batches"]
    best = problem.instance["best_largest_sum"]
    accepted = 0
    for sizes in all_splits(len(values), m):
        v = verdict(problem, " ".join(map(str, sizes)))
        assert v.correct == (largest_sum(values, sizes) == best)
        assert v.score == float(v.correct)
        accepted += v.correct
    assert accepted >= 1


def test_greedy_split_works_when_the_limit_forces_single_element_batches():
    values = [5, 1, 1, 1, 5]
    assert smallest_largest_sum(values, 4) == 5
    sizes = split_within(values, 4, 5)
    assert len(sizes) == 4 and sum(sizes) == 5 and largest_sum(values, sizes) == 5
    assert split_within([3, 3, 3], 3, 3) == [1, 1, 1]


def test_the_prompt_example():
    assert smallest_largest_sum([4, 1, 3, 2], 2) == 5
    assert ENV.check(
        {"values": [4, 1, 3, 2], "batches": 2, "best_largest_sum": 5}, [2, 2], None
    ).correct
    assert not ENV.check(
        {"values": [4, 1, 3, 2], "batches": 2, "best_largest_sum": 5}, [1, 3], None
    ).correct


def test_empty_batches_wrong_totals_and_malformed_answers():
    problem = ENV.generate(4, 0)
    n, m = len(problem.instance["values"]), problem.instance["batches"]
    zero = [n - m + 1] + [1] * (m - 3) + [0, 1] if m >= 3 else [n, 0]
    assert "at least one element" in verdict(problem, " ".join(map(str, zero))).reason
    assert "add up to" in verdict(problem, " ".join(["1"] * m)).reason
    for text in (" ".join(["1"] * (m + 1)), "2 2 x", ""):
        v = verdict(problem, text)
        assert not v.correct and not v.format_ok


@pytest.mark.parametrize("difficulty", [0, 1, 3, 10])
def test_no_balanced_split_is_optimal_and_it_earns_no_credit(difficulty):
    """Regression: the equal-size split used to be optimal on half the d=0 instances."""
    for seed in range(60):
        problem = ENV.generate(difficulty, seed)
        inst = problem.instance
        n, m = len(inst["values"]), inst["batches"]
        small, extra = divmod(n, m)
        balanced = [
            sizes for sizes in itertools.product((small, small + 1), repeat=m) if sum(sizes) == n
        ]
        best_balanced = min(max(batch_sums(inst["values"], list(b))) for b in balanced)
        assert best_balanced == inst["balanced_largest_sum"] > inst["best_largest_sum"]
        for sizes in balanced[:20]:
            v = ENV.verify(problem, f"<answer>{' '.join(map(str, sizes))}</answer>")
            assert not v.correct and v.score == 0.0
