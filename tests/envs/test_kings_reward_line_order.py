"""KingsRewardLineOrder: the A*B sort against every order of small lines; all optimal orders pass."""

from __future__ import annotations

import itertools
import random

import pytest

import rlve_gym

ENV = rlve_gym.make("KingsRewardLineOrder")


def rewards(instance, order):
    """Coins of each minister, computed from scratch for every position."""
    out = []
    for position, m in enumerate(order):
        product = instance["king"][0]
        for before in order[:position]:
            product *= instance["left"][before - 1]
        out.append(product // instance["right"][m - 1])
    return out


def brute_force_best(instance):
    n = len(instance["left"])
    return min(max(rewards(instance, o)) for o in itertools.permutations(range(1, n + 1)))


def check(instance, text):
    return ENV.check(instance, ENV.parse(text, instance), None)


def by_hand(king, left, right):
    instance = {"king": king, "left": left, "right": right}
    instance["best_largest"] = str(brute_force_best(instance))
    return instance


@pytest.mark.parametrize("ministers", range(1, 8))
def test_optimum_and_reference_match_every_order(ministers):
    for seed in range(12 if ministers < 7 else 4):
        instance = ENV.generate_instance(random.Random(seed), {"ministers": ministers})
        best = brute_force_best(instance)
        assert int(instance["best_largest"]) == best
        assert max(rewards(instance, ENV.solve(instance))) == best


def test_sorting_is_optimal_with_large_hands_too():
    rng = random.Random(3)
    for _ in range(40):
        n = rng.randint(2, 6)
        instance = by_hand(
            [rng.randint(1, 10), 1],
            [rng.randint(1, 10) for _ in range(n)],
            [rng.randint(1, 10) for _ in range(n)],
        )
        assert max(rewards(instance, ENV.solve(instance))) == int(instance["best_largest"])


@pytest.mark.parametrize("seed", range(4))
def test_exactly_the_optimal_orders_are_accepted(seed):
    instance = ENV.generate_instance(random.Random(seed), {"ministers": 6})
    accepted = 0
    for order in itertools.permutations(range(1, 7)):
        verdict = check(instance, " ".join(map(str, order)))
        assert verdict.correct == (max(rewards(instance, order)) == int(instance["best_largest"]))
        accepted += verdict.correct
    assert accepted >= 1


def test_equal_ministers_can_swap_places():
    instance = by_hand([2, 5], [3, 3, 1], [4, 4, 9])
    orders = itertools.permutations((1, 2, 3))
    accepted = {o for o in orders if check(instance, " ".join(map(str, o))).correct}
    assert accepted
    for order in accepted:  # swapping the two identical ministers keeps an order optimal
        swapped = tuple({1: 2, 2: 1}.get(m, m) for m in order)
        assert swapped in accepted


def test_bad_orders_are_rejected_with_a_reason():
    problem = ENV.generate(2, 3)
    inst, order = problem.instance, problem.answer.split()
    n = len(inst["left"])
    assert "more than once" in check(inst, " ".join(order[:-1] + order[:1])).reason
    assert "outside" in check(inst, " ".join(order[:-1] + [str(n + 1)])).reason
    assert "expected" in check(inst, " ".join(order[:-1])).reason
    for text in ("1 2 x", "1.0", " ".join(["1"] * (n + 2))):
        verdict = ENV.verify(problem, f"<answer>{text}</answer>")
        assert not verdict.correct and not verdict.format_ok
