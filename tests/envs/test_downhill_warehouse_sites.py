"""DownhillWarehouseSites: the DP against every set of sites; exactly the cheapest sets pass."""

from __future__ import annotations

import itertools
import random

import pytest

import rlve_gym
from rlve_gym.envs.dp_optimization.downhill_warehouse_sites import (
    FALLBACK_BUILD_COST,
    DownhillWarehouseSites,
    cheapest_sites,
)

ENV = rlve_gym.make("DownhillWarehouseSites")


def cost_by_definition(inst, sites):
    """Each product walks down to the first warehouse at or below its factory."""
    total = sum(inst["costs"][i - 1] for i in sites)
    n = len(inst["distances"])
    for i in range(1, n + 1):
        if not inst["products"][i - 1]:
            continue
        below = [j for j in sites if j >= i]
        if not below:
            return None
        total += inst["products"][i - 1] * (
            inst["distances"][min(below) - 1] - inst["distances"][i - 1]
        )
    return total


def all_sets(n):
    for size in range(n + 1):
        yield from itertools.combinations(range(1, n + 1), size)


def raw_instance(seed, n, max_products):
    rng = random.Random(seed)
    distances = [0, *sorted(rng.sample(range(1, 3 * n + 1), n - 1))]
    products = [rng.randint(0, max_products) for _ in range(n)]
    costs = [rng.randint(1, 4 * n) for _ in range(n)]
    best, _ = cheapest_sites(distances, products, costs)
    return {"distances": distances, "products": products, "costs": costs, "best_cost": best}


@pytest.mark.parametrize("n", range(1, 9))
def test_optimum_and_reference_match_every_set(n):
    for seed in range(25):
        inst = raw_instance(seed, n, max_products=3)
        priced = [c for c in (cost_by_definition(inst, s) for s in all_sets(n)) if c is not None]
        assert inst["best_cost"] == min(priced)
        sites = cheapest_sites(inst["distances"], inst["products"], inst["costs"])[1]
        assert cost_by_definition(inst, sites) == inst["best_cost"]


@pytest.mark.parametrize("seed", range(5))
def test_exactly_the_cheapest_sets_are_accepted(seed):
    inst = ENV.generate_instance(random.Random(seed), {"factories": 7, "max_products": 2})
    for s in all_sets(7):
        cost = cost_by_definition(inst, s)
        v = ENV.check(inst, list(reversed(s)), None)
        assert v.correct == (cost == inst["best_cost"]), (s, v)
        if cost is None:
            assert "no warehouse" in v.reason


def test_no_products_at_the_bottom_needs_no_warehouse_there():
    inst = {"distances": [0, 1, 2], "products": [2, 0, 0], "costs": [5, 1, 1]}
    assert cheapest_sites(inst["distances"], inst["products"], inst["costs"]) == (3, [2])


def test_fallback_and_generated_instances_never_reward_the_trivial_sets():
    n = 10
    fallback = ([*range(n)], [1] * n, [FALLBACK_BUILD_COST] * n)
    assert not DownhillWarehouseSites._trivial_is_optimal(*fallback)
    for d in (0, 2, 9):
        for seed in range(30):
            problem = ENV.generate(d, seed)
            inst = problem.instance
            everywhere = " ".join(map(str, range(1, len(inst["distances"]) + 1)))
            assert not ENV.verify(problem, f"<answer>{everywhere}</answer>").correct
            assert not ENV.verify(problem, "<answer>2 5</answer>").correct
            assert ENV.verify(problem, problem.reference_response()).correct


def test_out_of_range_duplicates_and_malformed_answers():
    problem = ENV.generate(1, 1)
    n = len(problem.instance["distances"])
    verdict = lambda text: ENV.verify(problem, f"<answer>{text}</answer>")  # noqa: E731
    assert "outside" in verdict(f"{n + 1}").reason
    assert "more than once" in verdict(f"{n} {n}").reason
    assert "no warehouse" in verdict("").reason
    for text in ("1.5", "factory 2", " ".join(["1"] * (n + 2))):
        assert not verdict(text).format_ok
