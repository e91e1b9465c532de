"""MaxWeightedRepeatGapArray: the nesting formula against every labelling of short arrays."""

from __future__ import annotations

import itertools
import random

import pytest

import rlve_gym
from rlve_gym.envs.dp_optimization.max_weighted_repeat_gap_array import (
    nested_labels,
    repeat_gap_score,
)

ENV = rlve_gym.make("MaxWeightedRepeatGapArray")


def score_by_definition(labels, weights):
    """Slot by slot, as the prompt defines it (0-based slots)."""
    total = 0
    for i, x in enumerate(labels):
        earlier = [j for j in range(i) if labels[j] == x]
        if earlier:
            total += weights[x - 1] * (i - earlier[-1])
    return total


def small_instance(seed, slots, labels):
    rng = random.Random(seed)
    weights = [rng.randint(1, 4) for _ in range(labels)]  # small weights: ties
    best = repeat_gap_score(nested_labels(weights, slots), weights)
    return {"slots": slots, "weights": weights, "best_score": best}


@pytest.mark.parametrize("slots,labels", [(2, 1), (3, 2), (4, 3), (5, 2), (6, 3), (7, 3), (6, 4)])
def test_optimum_matches_every_labelling_and_checker_accepts_exactly_the_optimal(slots, labels):
    for seed in range(4):
        inst = small_instance(seed, slots, labels)
        scores = {
            arr: score_by_definition(arr, inst["weights"])
            for arr in itertools.product(range(1, labels + 1), repeat=slots)
        }
        assert max(scores.values()) == inst["best_score"]
        for arr, score in scores.items():
            v = ENV.check(inst, list(arr), None)
            assert v.correct == (score == inst["best_score"]), (arr, v)


def test_score_shortcut_matches_definition():
    rng = random.Random(0)
    for _ in range(300):
        k = rng.randint(1, 5)
        weights = [rng.randint(1, 9) for _ in range(k)]
        arr = [rng.randint(1, k) for _ in range(rng.randint(1, 12))]
        assert repeat_gap_score(arr, weights) == score_by_definition(arr, weights)


def test_generated_levels_verify_and_reject_out_of_range_labels():
    for d in (0, 4, 15):
        for seed in range(5):
            problem = ENV.generate(d, seed)
            assert ENV.verify(problem, problem.reference_response()).correct
    problem = ENV.generate(2, 3)
    n, k = problem.instance["slots"], len(problem.instance["weights"])
    verdict = lambda text: ENV.verify(problem, f"<answer>{text}</answer>")  # noqa: E731
    assert "outside" in verdict(" ".join(["0"] * n)).reason
    assert "outside" in verdict(" ".join([str(k + 1)] * n)).reason
    assert not verdict(" ".join(["1"] * (n - 1))).format_ok
    assert not verdict("1 2 1").format_ok
