"""WarehouseMaxServedCustomers: the exchange greedy against all subsets of days; the checker
accepts exactly the feasible sets of the largest size."""

from __future__ import annotations

import itertools
import random

import pytest

import rlve_gym
from rlve_gym.envs.scheduling.warehouse_max_served_customers import most_served

ENV = rlve_gym.make("WarehouseMaxServedCustomers")


def feasible(arrivals, demands, chosen):
    """Prefix check: by every chosen day, arrivals so far cover the chosen demands so far."""
    for day in range(len(arrivals)):
        if day in chosen and sum(arrivals[: day + 1]) < sum(demands[d] for d in chosen if d <= day):
            return False
    return True


def best_by_brute_force(arrivals, demands):
    n = len(arrivals)
    for size in range(n, -1, -1):
        for chosen in itertools.combinations(range(n), size):
            if feasible(arrivals, demands, set(chosen)):
                return size
    return 0


def small_instance(seed, n, top=6):
    return ENV.generate_instance(random.Random(seed), {"days": n, "max_amount": top})


@pytest.mark.parametrize("n", range(3, 10))
def test_optimum_and_reference_match_brute_force(n):
    for seed in range(25):
        inst = small_instance(seed, n)
        best = best_by_brute_force(inst["arrivals"], inst["demands"])
        assert inst["best_count"] == best
        chosen = most_served(inst["arrivals"], inst["demands"])
        assert len(chosen) == best and feasible(inst["arrivals"], inst["demands"], set(chosen))


@pytest.mark.parametrize("seed", range(6))
def test_checker_accepts_exactly_the_largest_feasible_sets(seed):
    inst = small_instance(seed, 7)
    optimal = 0
    for size in range(8):
        for chosen in itertools.combinations(range(1, 8), size):
            ok = feasible(inst["arrivals"], inst["demands"], {d - 1 for d in chosen})
            expected = ok and size == inst["best_count"]
            verdict = ENV.check(inst, list(reversed(chosen)), None)
            assert verdict.correct == expected, chosen
            optimal += expected
    assert optimal >= 1


def test_serving_whoever_fits_is_never_optimal_on_generated_problems():
    for d in (0, 2, 6):
        for seed in range(40):
            problem = ENV.generate(d, seed)
            misses = ENV.near_misses(problem)
            assert not ENV.verify(problem, f"<answer>{misses[3]}</answer>").correct


def test_malformed_and_invalid_answers():
    problem = ENV.generate(1, 3)
    n = len(problem.instance["arrivals"])
    assert "between 1 and" in ENV.verify(problem, f"<answer>0 {n + 1}</answer>").reason
    assert "more than once" in ENV.verify(problem, "<answer>1 1</answer>").reason
    for text in ("day 1", "1.5", " ".join(["1"] * (n + 2))):
        verdict = ENV.verify(problem, f"<answer>{text}</answer>")
        assert not verdict.correct and not verdict.format_ok
