"""MaxWeightNonDecreasingSubsequence: the DP against all subsequences; exactly the optimal ones pass."""

from __future__ import annotations

import itertools
import random

import pytest

import rlve_gym
import rlve_gym.envs.dp_optimization.max_weight_non_decreasing_subsequence as module
from rlve_gym.envs.dp_optimization.max_weight_non_decreasing_subsequence import heaviest_chain

ENV = rlve_gym.make("MaxWeightNonDecreasingSubsequence")


def chains(keys):
    """Every non-empty subsequence (as 1-based positions) whose keys never decrease."""
    n = len(keys)
    for size in range(1, n + 1):
        for combo in itertools.combinations(range(1, n + 1), size):
            if all(keys[a - 1] <= keys[b - 1] for a, b in zip(combo, combo[1:])):
                yield combo


def brute_best(keys, weights):
    return max(sum(weights[i - 1] for i in c) for c in chains(keys))


def small_instance(seed, positions, max_weight=6):
    return ENV.generate_instance(
        random.Random(seed), {"positions": positions, "max_weight": max_weight}
    )


def check(instance, text):
    return ENV.check(instance, ENV.parse(text, instance), None)


@pytest.mark.parametrize("positions", range(1, 11))
def test_optimum_and_reference_match_brute_force(positions):
    for seed in range(30):
        inst = small_instance(seed, positions, max_weight=3 + positions)
        best = brute_best(inst["keys"], inst["weights"])
        assert inst["best_weight"] == best
        assert check(inst, " ".join(map(str, ENV.solve(inst)))).correct


@pytest.mark.parametrize("seed", range(6))
def test_exactly_the_optimal_chains_are_accepted(seed):
    inst = small_instance(seed, 8, max_weight=3)  # small weights: many ties
    keys, weights = inst["keys"], inst["weights"]
    valid = set(chains(keys))
    optimal = 0
    for size in range(1, 9):
        for combo in itertools.combinations(range(1, 9), size):
            v = check(inst, " ".join(map(str, combo)))
            expect = combo in valid and sum(weights[i - 1] for i in combo) == inst["best_weight"]
            assert v.correct == expect, (combo, v)
            optimal += expect
    assert optimal >= 1


def test_all_equal_keys_take_everything_and_strict_descent_takes_the_heaviest():
    assert heaviest_chain([2, 2, 2], [1, 5, 1]) == (7, [1, 2, 3])
    assert heaviest_chain([3, 2, 1], [1, 5, 4]) == (5, [2])


def test_order_duplicates_range_and_malformed_answers():
    problem = ENV.generate(2, 5)
    n = len(problem.instance["keys"])
    verdict = lambda text: ENV.verify(problem, f"<answer>{text}</answer>")  # noqa: E731
    assert "choose at least one" in verdict("").reason
    assert "outside" in verdict(f"{n + 1}").reason
    assert "increasing" in verdict("3 3").reason
    assert "increasing" in verdict("4 2").reason
    for text in ("1.5", "x", " ".join(["1"] * (n + 2))):
        v = verdict(text)
        assert not v.correct and not v.format_ok


def test_a_decreasing_key_is_named():
    inst = {"keys": [1, 3, 2], "weights": [1, 1, 1], "best_weight": 2}
    assert "decreases" in check(inst, "2 3").reason
    assert check(inst, "1 3").correct and check(inst, "1 2").correct


def test_the_example_is_never_optimal_and_the_fallback_takes_everything(monkeypatch):
    for d in (0, 1, 4):
        for seed in range(40):
            assert not ENV.verify(ENV.generate(d, seed), "<answer>2 3 7</answer>").correct
    monkeypatch.setattr(module, "REDRAWS", 0)
    inst = small_instance(3, 10)
    assert ENV.solve(inst) == list(range(1, 11))
    assert inst["best_weight"] == heaviest_chain(inst["keys"], inst["weights"])[0]
