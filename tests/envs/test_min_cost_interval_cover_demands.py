"""MinCostIntervalCoverDemands: min-cost flow against every bounded choice of copy counts."""

from __future__ import annotations

import itertools
import random

import pytest

import rlve_gym
from rlve_gym.envs.dp_optimization.min_cost_interval_cover_demands import cheapest_copies

ENV = rlve_gym.make("MinCostIntervalCoverDemands")


def feasible(inst, copies):
    for p, wanted in enumerate(inst["need"], start=1):
        got = sum(c for (a, b, _), c in zip(inst["intervals"], copies) if a <= p <= b)
        if got < wanted:
            return False
    return True


def price(inst, copies):
    return sum(c * iv[2] for iv, c in zip(inst["intervals"], copies))


def choices(inst):
    """Copies above the largest demand are never needed, so counts 0..max(need) suffice."""
    top = max(inst["need"])
    return itertools.product(range(top + 1), repeat=len(inst["intervals"]))


def small_instance(seed, points, max_need, max_intervals=5):
    """A generated instance cut down to a few intervals (demands kept only where still covered)."""
    inst = ENV.generate_instance(random.Random(seed), {"points": points, "max_need": max_need})
    inst["intervals"] = inst["intervals"][:max_intervals]
    inst["need"] = [
        v if any(a <= p <= b for a, b, _ in inst["intervals"]) else 0
        for p, v in enumerate(inst["need"], start=1)
    ]
    inst["best_price"] = cheapest_copies(points, inst["intervals"], inst["need"])[0]
    return inst


@pytest.mark.parametrize("points,max_need", [(2, 2), (3, 2), (4, 3), (5, 2), (6, 2)])
def test_optimum_and_reference_match_exhaustive_search(points, max_need):
    for seed in range(30):
        inst = small_instance(seed, points, max_need)
        best = min(price(inst, c) for c in choices(inst) if feasible(inst, c))
        assert inst["best_price"] == best
        copies = ENV.solve(inst)
        assert feasible(inst, copies) and price(inst, copies) == best


@pytest.mark.parametrize("seed", range(6))
def test_exactly_the_cheapest_choices_are_accepted(seed):
    inst = small_instance(seed, 4, 2)
    for copies in choices(inst) if any(inst["need"]) else ():
        v = ENV.check(inst, list(copies), None)
        assert v.correct == (feasible(inst, copies) and price(inst, copies) == inst["best_price"])
        if not feasible(inst, copies):
            assert "less than NEED" in v.reason


def test_a_long_cheap_interval_beats_short_ones():
    intervals = [[1, 3, 4], [1, 1, 2], [2, 2, 2], [3, 3, 2]]
    assert cheapest_copies(3, intervals, [2, 2, 2]) == (8, [2, 0, 0, 0])
    assert cheapest_copies(3, intervals, [0, 3, 0]) == (6, [0, 0, 3, 0])


def test_negative_wrong_length_and_malformed_answers():
    problem = ENV.generate(2, 4)
    m = len(problem.instance["intervals"])
    verdict = lambda text: ENV.verify(problem, f"<answer>{text}</answer>")  # noqa: E731
    assert "non-negative" in verdict(" ".join(["-1"] * m)).reason
    assert "less than NEED" in verdict(" ".join(["0"] * m)).reason
    assert not verdict(" ".join(["1"] * (m - 1))).format_ok
    assert not verdict("1.5 " * m).format_ok
    assert ENV.verify(problem, problem.reference_response()).correct
