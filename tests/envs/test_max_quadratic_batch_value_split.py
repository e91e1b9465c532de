"""MaxQuadraticBatchValueSplit: the DP against every split; exactly the best splits pass."""

from __future__ import annotations

import itertools
import random

import pytest

import rlve_gym
from rlve_gym.envs.dp_optimization.max_quadratic_batch_value_split import (
    best_split,
    fallback_instance,
    trivial_splits,
)

ENV = rlve_gym.make("MaxQuadraticBatchValueSplit")


def all_splits(n):
    """Every split as its batch ends (1-based, last = n)."""
    for size in range(n):
        for cuts in itertools.combinations(range(1, n), size):
            yield [*cuts, n]


def value_by_definition(values, coefficients, ends):
    a, b, c = coefficients
    starts = [0, *ends[:-1]]
    return sum(a * sum(values[s:e]) ** 2 + b * sum(values[s:e]) + c for s, e in zip(starts, ends))


@pytest.mark.parametrize("n", range(1, 11))
def test_optimum_and_reference_match_every_split(n):
    for seed in range(12):
        rng = random.Random(seed)
        values = [rng.randint(1, 6) for _ in range(n)]
        coefficients = [-rng.randint(1, 4), rng.randint(-20, 20), rng.randint(-90, 10)]
        best, ends = best_split(values, coefficients)
        assert best == max(value_by_definition(values, coefficients, s) for s in all_splits(n))
        assert value_by_definition(values, coefficients, ends) == best


@pytest.mark.parametrize("seed", range(4))
def test_exactly_the_best_splits_are_accepted(seed):
    inst = ENV.generate_instance(
        random.Random(seed), {"elements": 9, "max_root": 2, "max_square": 3}
    )
    accepted = 0
    for ends in all_splits(9):
        v = ENV.check(inst, ends, None)
        best = value_by_definition(inst["values"], inst["coefficients"], ends) == inst["best_value"]
        assert v.correct == best, (ends, v)
        accepted += best
    assert accepted >= 1


def test_trivial_splits_never_win_and_fallback_cuts_threes_and_fours():
    for d in (0, 1, 6):
        for seed in range(30):
            inst = ENV.generate(d, seed).instance
            n = len(inst["values"])
            for ends in trivial_splits(n):
                assert not ENV.check(inst, ends, None).correct
    for n in range(16, 60):
        values, coefficients = fallback_instance(n)
        best, ends = best_split(values, coefficients)
        sizes = [e - s for s, e in zip([0, *ends[:-1]], ends)]
        assert ends[:2] == [1, 2] and set(sizes[2:]) <= {3, 4}
        assert all(value_by_definition(values, coefficients, t) < best for t in trivial_splits(n))


def test_malformed_and_invalid_splits():
    problem = ENV.generate(2, 3)
    n = len(problem.instance["values"])
    verdict = lambda text: ENV.verify(problem, f"<answer>{text}</answer>")  # noqa: E731
    assert "must end at position" in verdict(f"1 {n - 1}").reason
    assert "must end at position" in verdict("").reason
    assert "strictly increasing" in verdict(f"3 3 {n}").reason
    assert "strictly increasing" in verdict(f"0 {n}").reason
    assert "strictly increasing" in verdict(f"5 2 {n}").reason
    for text in ("1.5", "end 3", " ".join(["1"] * (n + 2))):
        assert not verdict(text).format_ok
