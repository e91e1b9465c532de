"""WeightedWaitingOrder: Smith's rule against all permutations; exactly the orders of least cost
are accepted (ties in t / r give several), everything else rejected."""

from __future__ import annotations

import itertools
import random

import pytest

import rlve_gym
from rlve_gym.envs.scheduling.weighted_waiting_order import smith_order, total_cost

ENV = rlve_gym.make("WeightedWaitingOrder")


def cost_by_hand(times, rates, order):
    """Waiting time of each job summed directly from its predecessors (a second formula)."""
    position = {job: k for k, job in enumerate(order)}
    return sum(
        rates[job - 1] * sum(times[other - 1] for other in order if position[other] < position[job])
        for job in order
    )


def small_instance(seed, jobs, top=6):
    return ENV.generate_instance(random.Random(seed), {"jobs": jobs, "max_value": top})


@pytest.mark.parametrize("jobs", range(1, 7))
def test_optimum_matches_all_permutations_and_exactly_the_best_are_accepted(jobs):
    for seed in range(12):
        instance = small_instance(seed, jobs)
        times, rates = instance["times"], instance["rates"]
        costs = {
            order: cost_by_hand(times, rates, order)
            for order in itertools.permutations(range(1, jobs + 1))
        }
        best = min(costs.values())
        assert instance["best_cost"] == best
        assert total_cost(times, rates, smith_order(times, rates)) == best
        for order, cost in costs.items():
            assert ENV.check(instance, list(order), None).correct == (cost == best)


def test_ties_in_the_ratio_allow_several_orders():
    instance = {"times": [2, 4, 1], "rates": [1, 2, 5]}
    instance["best_cost"] = total_cost(instance["times"], instance["rates"], [3, 1, 2])
    assert ENV.check(instance, [3, 1, 2], None).correct
    assert ENV.check(instance, [3, 2, 1], None).correct  # jobs 1 and 2 have the same ratio 2
    assert not ENV.check(instance, [1, 3, 2], None).correct


def test_non_permutations_are_rejected_with_a_reason():
    problem = ENV.generate(0, 2)
    n = len(problem.instance["times"])
    order = problem.answer.split()
    for text, reason in (
        (" ".join(order[:-1]), "expected"),
        (" ".join(order[:-1] + [order[0]]), "more than once"),
        (" ".join(order[:-1] + [str(n + 1)]), "outside"),
        (" ".join(order[:-1] + ["0"]), "outside"),
    ):
        verdict = ENV.verify(problem, f"<answer>{text}</answer>")
        assert not verdict.correct and reason in verdict.reason
    for text in ("a b c", "1.5", " ".join(["1"] * (n + 2))):
        assert not ENV.verify(problem, f"<answer>{text}</answer>").format_ok


def test_generated_optimum_matches_the_smith_order_at_several_levels():
    for d in (0, 3, 10):
        for seed in range(5):
            problem = ENV.generate(d, seed)
            inst = problem.instance
            order = [int(t) for t in problem.answer.split()]
            assert total_cost(inst["times"], inst["rates"], order) == inst["best_cost"]
            assert cost_by_hand(inst["times"], inst["rates"], order) == inst["best_cost"]
