"""FloorDivisionQuotient: the solver against the definition (greatest q with q * b <= a)."""

from __future__ import annotations

import pytest

import rlve_gym

ENV = rlve_gym.make("FloorDivisionQuotient")


def floor_by_definition(a, b):
    """Greatest q with q * b <= a, found by a search from the truncated quotient (b > 0)."""
    sign = -1 if a < 0 else 1
    q = sign * (abs(a) // b)  # truncation toward zero
    while q * b > a:
        q -= 1
    while (q + 1) * b <= a:
        q += 1
    return q


@pytest.mark.parametrize("difficulty", range(6))
def test_solver_matches_the_definition(difficulty):
    negatives = 0
    for seed in range(50):
        problem = ENV.generate(difficulty, seed)
        a, b = problem.instance["a"], problem.instance["b"]
        q = int(problem.answer)
        assert q == floor_by_definition(a, b)
        assert q * b <= a < (q + 1) * b
        assert abs(q) >= 10 and b >= 2
        negatives += a < 0
    assert 5 <= negatives <= 30


def test_negative_dividends_round_down_not_toward_zero():
    instance = {"a": -107, "b": 5}
    assert ENV.solve(instance) == -22
    assert ENV.check(instance, ENV.parse("-22", instance), -22).correct
    assert not ENV.check(instance, ENV.parse("-21", instance), -22).correct  # truncation
    assert ENV.solve({"a": -105, "b": 5}) == -21  # exact division


def test_malformed_answers_are_format_errors():
    problem = ENV.generate(4, 3)
    for text in ("", "3.5", "q = 4", "9" * 40):
        v = ENV.verify(problem, f"<answer>{text}</answer>")
        assert not v.correct and not v.format_ok
