"""ShopPriceSetting: the interval DP against every price list over the budgets on small rows."""

from __future__ import annotations

import itertools
import random

import pytest

import rlve_gym
from rlve_gym.envs.dp_optimization.shop_price_setting import best_prices

ENV = rlve_gym.make("ShopPriceSetting")


def paid(customers, prices):
    total = 0
    for a, b, c in customers:
        low = min(prices[s] for s in range(a - 1, b))
        total += low if low <= c else 0
    return total


def brute_force_best(n, customers):
    """Some optimal price list uses only budgets (or a price nobody can afford)."""
    options = sorted({c for _, _, c in customers}) + [max(c for _, _, c in customers) + 1]
    return max(paid(customers, p) for p in itertools.product(options, repeat=n))


def random_customers(rng, n, m, top):
    out = []
    for _ in range(m):
        a = rng.randint(1, n)
        out.append([a, rng.randint(a, n), rng.randint(1, top)])
    return out


def check(instance, text):
    return ENV.check(instance, ENV.parse(text, instance), None)


@pytest.mark.parametrize("n", range(1, 6))
def test_solver_matches_every_price_list(n):
    rng = random.Random(n)
    for _ in range(12):
        customers = random_customers(rng, n, rng.randint(1, 6), 6)
        best, prices = best_prices(n, customers)
        assert best == brute_force_best(n, customers) == paid(customers, prices)
        assert len(prices) == n and min(prices) >= 1


def test_generated_instances_match_brute_force():
    for seed in range(4):
        sizes = {"shops": 4, "customers": 6, "max_budget": 8}
        instance = ENV.generate_instance(random.Random(seed), sizes)
        assert instance["best_revenue"] == brute_force_best(4, instance["customers"])


def test_every_optimal_price_list_is_accepted_and_no_other():
    rng = random.Random(7)
    customers = random_customers(rng, 4, 5, 5)
    instance = {"shops": 4, "customers": customers}
    instance["best_revenue"] = brute_force_best(4, customers)
    accepted = 0
    for prices in itertools.product(range(1, 7), repeat=4):
        verdict = check(instance, " ".join(map(str, prices)))
        assert verdict.correct == (paid(customers, prices) == instance["best_revenue"])
        accepted += verdict.correct
    assert accepted >= 2  # at least the price of a shop nobody pays at can vary


def test_a_single_price_is_never_optimal_on_generated_instances():
    for d in (0, 4):
        for seed in range(25):
            problem = ENV.generate(d, seed)
            single = ENV.near_misses(problem)[0]
            assert not ENV.verify(problem, f"<answer>{single}</answer>").correct


def test_bad_price_lists_are_rejected_with_a_reason():
    problem = ENV.generate(3, 8)
    inst, prices = problem.instance, problem.answer.split()
    assert "expected" in check(inst, " ".join(prices[:-1])).reason
    assert "positive" in check(inst, " ".join(["0"] + prices[1:])).reason
    assert "positive" in check(inst, " ".join(["-4"] + prices[1:])).reason
    for text in ("cheap", "1.5", "9" * 12, " ".join(["1"] * (inst["shops"] + 2))):
        verdict = ENV.verify(problem, f"<answer>{text}</answer>")
        assert not verdict.correct and not verdict.format_ok


def test_fallback_instance_beats_every_single_price():
    from rlve_gym.envs.dp_optimization.shop_price_setting import (
        best_single_price,
        single_price_beaten,
    )

    rng = random.Random(4)
    for _ in range(20):
        customers = single_price_beaten(random_customers(rng, 5, 6, 9), 9)
        best, _ = best_prices(5, customers)
        assert best == brute_force_best(5, customers) > best_single_price(customers)
