"""FixedLengthWindowFlipsToZero: the greedy sweep against trying every set of windows of every
length; every order of the optimal windows accepted, every other set rejected."""

from __future__ import annotations

import itertools
import random

import pytest

import rlve_gym
from rlve_gym.envs.sequence_array.fixed_length_window_flips_to_zero import fewest_flips

ENV = rlve_gym.make("FixedLengthWindowFlipsToZero")


def clearing_sets(bits):
    """Every (K, set of window starts) whose flips, each once, clear the array."""
    n = len(bits)
    found = []
    for width in range(1, n + 1):
        starts = range(1, n - width + 2)
        for size in range(len(starts) + 1):
            for chosen in itertools.combinations(starts, size):
                cells = [0] * n
                for s in chosen:
                    for i in range(s - 1, s - 1 + width):
                        cells[i] ^= 1
                if cells == bits:
                    found.append((width, chosen))
    return found


def answer_text(width, starts):
    return "\n".join(f"{s} {s + width - 1}" for s in starts)


@pytest.mark.parametrize("length", [3, 4, 6, 8])
def test_optimum_matches_trying_every_window_set(length):
    for seed in range(15):
        instance = ENV.generate_instance(random.Random(seed), {"length": length})
        sets = clearing_sets(instance["bits"])
        best_m = min(len(chosen) for _, chosen in sets)
        best_k = min(width for width, chosen in sets if len(chosen) == best_m)
        assert (instance["fewest_flips"], instance["width"]) == (best_m, best_k)
        assert fewest_flips(instance["bits"]) == (best_m, best_k)
        assert best_k > 1  # single-cell flips are never the answer
        for width, chosen in sets:
            verdict = ENV.check(instance, ENV.parse(answer_text(width, chosen), instance), None)
            assert verdict.correct == (len(chosen) == best_m and width == best_k), (width, chosen)


def test_every_order_of_the_optimal_windows_is_accepted():
    for seed in range(5):
        problem = ENV.generate(2, seed)
        lines = problem.answer.splitlines()
        for order in itertools.islice(itertools.permutations(lines), 24):
            assert ENV.verify(problem, "<answer>" + "\n".join(order) + "</answer>").correct
        assert ENV.verify(problem, "<answer>" + " ".join(lines) + "</answer>").correct


def test_invalid_windows_and_malformed_answers():
    instance = {"bits": [0, 1, 1, 1, 1, 1, 1, 0, 0], "fewest_flips": 1, "width": 6}
    assert ENV.check(instance, [(2, 7)], None).correct  # the prompt's example
    assert "same length" in ENV.check(instance, [(2, 4), (5, 6)], None).reason
    assert "inside" in ENV.check(instance, [(5, 10)], None).reason
    assert "inside" in ENV.check(instance, [(4, 3)], None).reason
    assert "not all 0" in ENV.check(instance, [(2, 4)], None).reason
    assert "more than the fewest" in ENV.check(instance, [(2, 4), (5, 7)], None).reason
    assert "no flips" in ENV.check(instance, [], None).reason
    problem = ENV.generate(1, 0)
    for text in ("1 2 3", "a b", "1 2\n3"):
        verdict = ENV.verify(problem, f"<answer>{text}</answer>")
        assert not verdict.correct and not verdict.format_ok


def test_fallback_single_run_has_one_flip():
    instance = {"bits": [0, 0, 1, 1, 1, 0]}
    assert fewest_flips(instance["bits"]) == (1, 3)
    assert fewest_flips([1, 0, 1]) == (2, 1)  # K = 1 is optimal here; generation avoids it
