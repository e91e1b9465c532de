"""MinOrOfBatchSums: the bit-by-bit solver against every split of small rows."""

from __future__ import annotations

import itertools
import random
from functools import reduce
from operator import or_

import pytest

import rlve_gym
from rlve_gym.envs.dp_optimization.min_or_of_batch_sums import smallest_or_split, whole_row_beaten

ENV = rlve_gym.make("MinOrOfBatchSums")


def all_splits(n, most):
    """Every split of n elements into 1..most batches, as batch sizes."""
    for count in range(1, most + 1):
        for cuts in itertools.combinations(range(1, n), count - 1):
            bounds = (0, *cuts, n)
            yield [b - a for a, b in zip(bounds, bounds[1:])]


def or_value(values, sizes):
    sums, start = [], 0
    for size in sizes:
        sums.append(sum(values[start : start + size]))
        start += size
    return reduce(or_, sums)


def brute_force_best(values, most):
    return min(or_value(values, s) for s in all_splits(len(values), most))


def check(instance, text):
    return ENV.check(instance, ENV.parse(text, instance), None)


@pytest.mark.parametrize("elements", range(8, 13))
def test_optimum_and_reference_match_every_split(elements):
    for seed in range(10):
        sizes = {"elements": elements, "max_value": 3 * elements}
        instance = ENV.generate_instance(random.Random(seed), sizes)
        best = brute_force_best(instance["values"], instance["batches"])
        assert instance["best_or"] == best < sum(instance["values"])
        reference = ENV.solve(instance)
        assert 1 <= len(reference) <= instance["batches"]
        assert or_value(instance["values"], reference) == best


@pytest.mark.parametrize("values", ([1, 1, 1, 1], [4, 4, 4], [1, 2, 4, 8], [7, 1, 7, 1, 7]))
def test_solver_on_hand_made_rows(values):
    for most in range(1, len(values) + 1):
        best, sizes = smallest_or_split(values, most)
        assert best == brute_force_best(values, most) == or_value(values, sizes)
        assert len(sizes) <= most


@pytest.mark.parametrize("seed", range(5))
def test_exactly_the_optimal_splits_are_accepted(seed):
    instance = ENV.generate_instance(random.Random(seed), {"elements": 9, "max_value": 6})
    accepted = 0
    for sizes in all_splits(9, instance["batches"]):
        verdict = check(instance, " ".join(map(str, sizes)))
        assert verdict.correct == (or_value(instance["values"], sizes) == instance["best_or"])
        accepted += verdict.correct
    assert accepted >= 1
    too_many = [1] * (instance["batches"] + 1)
    too_many[-1] = 9 - instance["batches"]
    assert "between 1 and" in check(instance, " ".join(map(str, too_many))).reason


def test_the_fallback_row_is_split_better_than_whole():
    rng = random.Random(5)
    for _ in range(200):
        values = whole_row_beaten([rng.randint(1, 9) for _ in range(rng.randint(2, 9))])
        assert min(values) >= 1
        assert smallest_or_split(values, 2)[0] < sum(values)


def test_whole_row_is_never_optimal():
    for d in (0, 2, 7):
        for seed in range(40):
            inst = ENV.generate(d, seed).instance
            assert inst["best_or"] < sum(inst["values"])


def test_bad_answers_are_rejected_with_a_reason():
    problem = ENV.generate(3, 1)
    inst, sizes = problem.instance, [int(t) for t in problem.answer.split()]
    n = len(inst["values"])
    assert "add up" in check(inst, " ".join(map(str, sizes[:-1] + [sizes[-1] + 1]))).reason
    assert "at least one" in check(inst, f"0 {n}").reason
    assert "add up" in check(inst, f"1 {n}").reason
    for text in ("", "1.5", "a b", " ".join(["1"] * (inst["batches"] + 2))):
        verdict = ENV.verify(problem, f"<answer>{text}</answer>")
        assert not verdict.correct
