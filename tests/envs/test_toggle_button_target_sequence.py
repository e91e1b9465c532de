"""ToggleButtonTargetSequence: the checker against a naive replay on every short press
sequence; the planted plan works and nothing shorter than min(D, 3) presses reaches the target."""

from __future__ import annotations

import itertools
import operator
import random

import pytest

import rlve_gym

ENV = rlve_gym.make("ToggleButtonTargetSequence")
OPS = {"+": operator.add, "-": operator.sub, "*": operator.mul}


def naive_final(instance, presses):
    """Replay with an explicit phase name instead of a bit."""
    phase, y = "zero", instance["start"]
    for b in presses:
        op, v = instance["buttons"][b - 1][0 if phase == "zero" else 1]
        y = OPS[op](y, v)
        phase = "one" if phase == "zero" else "zero"
    return y


def small_instance(seed, buttons, depth):
    return ENV.generate_instance(random.Random(seed), {"buttons": buttons, "depth": depth})


@pytest.mark.parametrize("buttons,depth", [(2, 2), (3, 3), (3, 4)])
def test_checker_agrees_with_naive_replay_on_every_sequence(buttons, depth):
    for seed in range(8):
        inst = small_instance(seed, buttons, depth)
        assert naive_final(inst, inst["plan"]) == inst["target"]
        for length in range(0, inst["max_presses"] + 1):
            for seq in itertools.product(range(1, buttons + 1), repeat=length):
                hit = naive_final(inst, seq) == inst["target"]
                assert ENV.check(inst, list(seq), None).correct == hit
                if length < min(depth, 3):
                    assert not hit, (seed, seq)


def test_generated_plans_replay_and_limits_hold():
    for d in (0, 4, 12):
        for seed in range(20):
            problem = ENV.generate(d, seed)
            inst = problem.instance
            plan = [int(t) for t in problem.answer.split()]
            assert naive_final(inst, plan) == inst["target"] != inst["start"]
            assert len(plan) <= inst["max_presses"]


def test_invalid_and_overlong_answers():
    problem = ENV.generate(2, 6)
    inst = problem.instance
    n = len(inst["buttons"])
    assert "between 1 and" in ENV.verify(problem, f"<answer>{n + 1}</answer>").reason
    plan = problem.answer.split()
    padded = plan + ["1"] * (inst["max_presses"] + 1 - len(plan))
    assert not ENV.verify(problem, f"<answer>{' '.join(padded)}</answer>").correct
    for text in ("one two", "1.0", "1;;x"):
        verdict = ENV.verify(problem, f"<answer>{text}</answer>")
        assert not verdict.correct and not verdict.format_ok
