"""HiddenNumberSearch: the turn limit is exactly the minimax number of guesses (a DP over every
strategy), and the halving policy finds every hidden number within it."""

from __future__ import annotations

import json
from functools import cache

import pytest

import rlve_gym
from rlve_gym.envs.interactive.hidden_number_search import guesses_needed

ENV = rlve_gym.make("HiddenNumberSearch")


@cache
def fewest_worst_case_guesses(size: int) -> int:
    """Minimax over every first guess k: the answer splits 1..size into k - 1 and size - k."""
    if size == 0:
        return 0
    return 1 + min(
        max(fewest_worst_case_guesses(k - 1), fewest_worst_case_guesses(size - k))
        for k in range(1, size + 1)
    )


@pytest.mark.parametrize("size", range(1, 130))
def test_turn_limit_is_the_minimax_number_of_guesses(size):
    assert guesses_needed(size) == fewest_worst_case_guesses(size)


def test_halving_finds_every_hidden_number_within_the_limit():
    instance = ENV.generate(0, 0).instance
    for hidden in range(1, instance["range"] + 1):
        case = {**instance, "hidden": hidden}
        actions = ENV.solve(case)
        assert len(actions) <= case["turn_limit"]
        assert ENV.check(case, actions, None).correct


def test_guessing_outside_the_remaining_interval_wastes_the_budget():
    problem = ENV.generate(2, 5)
    hidden = problem.instance["hidden"]
    wasted = ["guess 1" if hidden != 1 else "guess 2"] * problem.instance["turn_limit"]
    verdict = ENV.verify(problem, f"<answer>{json.dumps(wasted)}</answer>")
    assert not verdict.correct and verdict.score == 0.0
