"""MaxSumNonAdjacentKPicks: the DP against every set of K positions; every optimal set accepted."""

from __future__ import annotations

import itertools
import random

import pytest

import rlve_gym
from rlve_gym.envs.sequence_array.max_sum_non_adjacent_k_picks import (
    best_non_adjacent_picks,
    random_non_adjacent,
)

ENV = rlve_gym.make("MaxSumNonAdjacentKPicks")


def spread_out(positions):
    return all(b - a >= 2 for a, b in zip(positions, positions[1:]))


def best_by_brute_force(values, picks):
    return max(
        sum(values[p - 1] for p in chosen)
        for chosen in itertools.combinations(range(1, len(values) + 1), picks)
        if spread_out(chosen)
    )


def small_instance(seed, length):
    sizes = {"length": length, "max_value": 6}
    return ENV.generate_instance(random.Random(seed), sizes)


@pytest.mark.parametrize("length", range(8, 15))
def test_optimum_and_reference_match_brute_force(length):
    for seed in range(20):
        inst = small_instance(seed, length)
        assert inst["best_sum"] == best_by_brute_force(inst["values"], inst["picks"])
        chosen = ENV.solve(inst)
        assert len(chosen) == inst["picks"] and spread_out(chosen)
        assert sum(inst["values"][p - 1] for p in chosen) == inst["best_sum"]


def test_every_count_including_the_forced_maximum():
    rng = random.Random(3)
    for _ in range(40):
        values = [rng.randint(-5, 5) for _ in range(rng.randint(1, 9))]
        for picks in range(1, (len(values) + 1) // 2 + 1):
            best, chosen = best_non_adjacent_picks(values, picks)
            assert best == best_by_brute_force(values, picks)
            assert sum(values[p - 1] for p in chosen) == best and spread_out(chosen)


@pytest.mark.parametrize("seed", range(6))
def test_exactly_the_optimal_sets_are_accepted_in_any_order(seed):
    inst = small_instance(seed, 12)
    n, k = len(inst["values"]), inst["picks"]
    accepted = 0
    for chosen in itertools.combinations(range(1, n + 1), k):
        ok = spread_out(chosen) and sum(inst["values"][p - 1] for p in chosen) == inst["best_sum"]
        v = ENV.check(inst, ENV.parse(" ".join(map(str, reversed(chosen))), inst), None)
        assert v.correct == ok and v.score == float(ok)
        accepted += ok
    assert accepted >= 1


def test_ties_give_several_accepted_answers():
    inst = {"values": [5, 0, 5, 0, 5], "picks": 2, "best_sum": 10}
    for chosen in ([1, 3], [1, 5], [3, 5]):
        assert ENV.check(inst, chosen, None).correct
    assert "adjacent" in ENV.check(inst, [1, 2], None).reason


def test_random_non_adjacent_sets_are_valid_and_cover_all_choices():
    rng = random.Random(0)
    seen = set()
    for _ in range(400):
        chosen = random_non_adjacent(rng, 7, 3)
        assert spread_out(chosen) and 1 <= chosen[0] and chosen[-1] <= 7
        seen.add(tuple(chosen))
    assert len(seen) == 10  # C(7 - 3 + 1, 3)


def test_malformed_duplicate_and_out_of_range_answers():
    problem = ENV.generate(3, 4)
    k = problem.instance["picks"]
    n = len(problem.instance["values"])
    for text in ("", "1 x", " ".join(["1"] * (k + 1))):
        v = ENV.verify(problem, f"<answer>{text}</answer>")
        assert not v.correct and not v.format_ok
    repeated = ENV.check(problem.instance, [1] * k, None)
    assert "more than once" in repeated.reason
    assert (
        "outside"
        in ENV.check(problem.instance, [n + 1] + list(range(1, 2 * k - 1, 2)), None).reason
    )
