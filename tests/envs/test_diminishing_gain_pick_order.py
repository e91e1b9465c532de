"""DiminishingGainPickOrder: the DP against every ordered selection of small instances."""

from __future__ import annotations

import itertools
import random

import pytest

import rlve_gym
import rlve_gym.envs.dp_optimization.diminishing_gain_pick_order as module
from rlve_gym.envs.dp_optimization.diminishing_gain_pick_order import best_pick_order

ENV = rlve_gym.make("DiminishingGainPickOrder")


def all_sequences(n):
    for size in range(n + 1):
        yield from itertools.permutations(range(1, n + 1), size)


def gain_by_definition(inst, seq):
    return sum(
        inst["values"][item - 1] - sum(inst["penalties"][e - 1] for e in seq[:t])
        for t, item in enumerate(seq)
    )


def small_instance(seed, items):
    return ENV.generate_instance(
        random.Random(seed),
        {"items": items, "max_value": items * items // 2, "max_penalty": items},
    )


@pytest.mark.parametrize("items", range(1, 7))
def test_optimum_and_reference_match_every_sequence(items):
    for seed in range(20):
        inst = small_instance(seed, items)
        best = max(gain_by_definition(inst, s) for s in all_sequences(items))
        assert inst["best_gain"] == best
        assert gain_by_definition(inst, ENV.solve(inst)) == best


@pytest.mark.parametrize("seed", range(4))
def test_exactly_the_best_sequences_are_accepted(seed):
    inst = small_instance(seed, 5)
    inst["penalties"][1] = inst["penalties"][2]  # a tie in penalties: orders can swap
    inst["best_gain"] = best_pick_order(inst["values"], inst["penalties"])[0]
    accepted = 0
    for seq in all_sequences(5):
        v = ENV.check(inst, list(seq), None)
        assert v.correct == (gain_by_definition(inst, seq) == inst["best_gain"]), (seq, v)
        accepted += v.correct
    assert accepted >= 1


def test_all_equal_items_and_an_empty_best():
    assert best_pick_order([5, 5, 5], [2, 2, 2]) == (9, [3, 2, 1])
    assert best_pick_order([0, 0], [1, 1]) == (0, [])


def test_out_of_range_duplicates_and_malformed_answers():
    problem = ENV.generate(2, 7)
    n = len(problem.instance["values"])
    verdict = lambda text: ENV.verify(problem, f"<answer>{text}</answer>")  # noqa: E731
    assert "outside" in verdict(f"{n + 1}").reason
    assert "outside" in verdict("0").reason
    assert "more than once" in verdict("1 1").reason
    for text in ("1.5", "item 2", " ".join(["1"] * (n + 2))):
        assert not verdict(text).format_ok
    assert ENV.verify(problem, problem.reference_response()).correct


def test_the_example_is_never_optimal_and_the_fallback_picks_everything(monkeypatch):
    for d in (0, 1, 4):
        for seed in range(40):
            assert not ENV.verify(ENV.generate(d, seed), "<answer>3 1 4</answer>").correct
    monkeypatch.setattr(module, "REDRAWS", 0)
    inst = small_instance(3, 8)
    assert inst["best_gain"] == best_pick_order(inst["values"], inst["penalties"])[0]
    assert sorted(ENV.solve(inst)) == list(range(1, 9))
