"""IntegerLinearFeasibility: every point of the box tried on small instances; exactly the points
that satisfy all inequalities (and the bounds) are accepted."""

from __future__ import annotations

import itertools
import random

import pytest

import rlve_gym
from rlve_gym.envs.linear_algebra import integer_linear_feasibility as module

ENV = rlve_gym.make("IntegerLinearFeasibility")


def feasible(instance, values):
    """Direct substitution, written independently of the module's helper."""
    bound = instance["bound"]
    if any(abs(v) > bound for v in values):
        return False
    return all(
        sum(row[j] * values[j] for j in range(len(values))) <= limit
        for row, limit in zip(instance["rows"], instance["limits"], strict=True)
    )


def small_instance(seed, variables, bound=3):
    sizes = {
        "variables": variables,
        "inequalities": 2 * variables,
        "max_coefficient": 3,
        "bound": bound,
    }
    return ENV.generate_instance(random.Random(seed), sizes)


@pytest.mark.parametrize("variables", (1, 2, 3))
def test_exactly_the_feasible_points_of_the_box_are_accepted(variables):
    for seed in range(10):
        inst = small_instance(seed, variables)
        assert feasible(inst, inst["point"])
        bound = inst["bound"] + 1  # one step outside the bounds too
        solutions = 0
        for values in itertools.product(range(-bound, bound + 1), repeat=variables):
            ok = feasible(inst, values)
            solutions += ok
            assert ENV.check(inst, list(values), None).correct == ok
        assert solutions >= 1
        assert not feasible(inst, [0] * variables)


def test_generated_levels_have_the_hidden_point_feasible_and_zero_infeasible():
    for d in (0, 3, 8):
        for seed in range(20):
            problem = ENV.generate(d, seed)
            inst = problem.instance
            assert feasible(inst, inst["point"])
            assert not feasible(inst, [0] * len(inst["point"]))
            assert ENV.verify(problem, f"<answer>{problem.answer}</answer>").correct


def test_fallback_constraint_rules_out_zero_and_the_example(monkeypatch):
    monkeypatch.setattr(module, "REDRAWS", 1)
    sizes = {"variables": 3, "inequalities": 6, "max_coefficient": 1, "bound": 3}
    fallbacks = 0
    for seed in range(60):
        inst = ENV.generate_instance(random.Random(seed), sizes)
        assert feasible(inst, inst["point"])
        assert not feasible(inst, [0, 0, 0]) and not feasible(inst, [1, -2, 3])
        fallbacks += inst["rows"][-1] in ([1, 0, 0], [-1, 0, 0])
    assert fallbacks >= 3


def test_reasons_name_the_bound_or_the_inequality():
    problem = ENV.generate(0, 1)
    bound = problem.instance["bound"]
    verdict = ENV.verify(problem, f"<answer>{bound + 1} 0 0</answer>")
    assert not verdict.correct and "outside" in verdict.reason
    verdict = ENV.verify(problem, "<answer>0 0 0</answer>")
    assert not verdict.correct and "inequality" in verdict.reason
    for text in ("1 2", "1 2 3 4", "a b c", "1.5 2 3"):
        assert not ENV.verify(problem, f"<answer>{text}</answer>").format_ok


def test_random_answers_stay_in_the_box():
    problem = ENV.generate(2, 3)
    rng = random.Random(0)
    for _ in range(30):
        values = [int(v) for v in ENV.random_answer(problem, rng, problem).split()]
        assert len(values) == len(problem.instance["point"])
        assert all(abs(v) <= problem.instance["bound"] for v in values)
