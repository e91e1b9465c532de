"""LeastCommonMultiple: the solver against a search over common multiples."""

from __future__ import annotations

import random

import pytest

import rlve_gym

ENV = rlve_gym.make("LeastCommonMultiple")


def smallest_common_multiple(a, b):
    """Walk the multiples of the larger number until the smaller one divides it."""
    big, small = max(a, b), min(a, b)
    multiple = big
    while multiple % small:
        multiple += big
    return multiple


@pytest.mark.parametrize("difficulty", range(5))
def test_solver_matches_a_walk_over_multiples(difficulty):
    for seed in range(40):
        problem = ENV.generate(difficulty, seed)
        a, b = problem.instance["a"], problem.instance["b"]
        assert int(problem.answer) == smallest_common_multiple(a, b)


def test_numbers_share_a_factor_and_neither_divides_the_other():
    for d in (0, 1, 4, 12):
        for seed in range(60):
            problem = ENV.generate(d, seed)
            a, b = problem.instance["a"], problem.instance["b"]
            lcm = int(problem.answer)
            assert lcm < a * b
            assert lcm not in (a, b)


def test_the_fallback_cofactor_keeps_the_instance_valid():
    class NeverCoprime(random.Random):
        def randint(self, low, high):
            return low  # both cofactors equal: the fallback x + 1 must kick in

    instance = ENV.generate_instance(NeverCoprime(0), ENV.schedule(0))
    a, b = instance["a"], instance["b"]
    assert a != b and ENV.solve(instance) == smallest_common_multiple(a, b) < a * b


def test_hand_written_cases_and_malformed_answers():
    assert ENV.solve({"a": 12, "b": 18}) == 36
    assert ENV.solve({"a": 21, "b": 6}) == 42
    instance = {"a": 12, "b": 18}
    assert ENV.check(instance, ENV.parse("36", instance), 36).correct
    assert not ENV.check(instance, ENV.parse("216", instance), 36).correct
    problem = ENV.generate(3, 1)
    for text in ("", "12.0", "lcm", "1" * 40):
        v = ENV.verify(problem, f"<answer>{text}</answer>")
        assert not v.correct and not v.format_ok
