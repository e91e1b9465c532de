"""AckermannLikeRecursion: closed forms against call-by-call evaluation with an explicit stack."""

from __future__ import annotations

import random

import pytest

import rlve_gym
from rlve_gym.envs.arithmetic.ackermann_like_recursion import evaluate

ENV = rlve_gym.make("AckermannLikeRecursion")


def call_by_call(m, n, p, q, max_steps=3_000_000):
    """Evaluate the definition literally: a stack of pending outer calls' first arguments."""
    pending = [m]
    steps = 0
    while pending:
        steps += 1
        assert steps < max_steps, "too many calls for a test"
        top = pending.pop()
        if top == 0:
            n += p
        elif n == 0:
            pending.append(top - 1)
            n = q
        else:
            pending.append(top - 1)  # f(top - 1, .) of ...
            pending.append(top)  # ... f(top, n - 1)
            n -= 1
    return n


def test_every_small_case_against_the_literal_definition():
    for p in (1, 2, 3):
        for q in range(0, 4):
            if p == 1 and q == 0:
                continue
            for m in range(0, 4):
                for n in range(0, 6):
                    value = evaluate(m, n, p, q, limit=3000)
                    if value is None:
                        continue
                    assert value == call_by_call(m, n, p, q), (m, n, p, q)


def test_a_value_over_the_limit_is_reported_as_none():
    assert evaluate(2, 20, 2, 0, limit=1000) is None
    assert evaluate(4, 3, 1, 1, limit=10**100) is None
    assert evaluate(3, 2, 2, 0, limit=10**6) == call_by_call(3, 2, 2, 0) == 65534


def small_instance(seed):
    sizes = {"digits": 3, "max_n": 8, "max_p": 3, "max_q": 4, "max_m": 4}
    return ENV.generate_instance(random.Random(seed), sizes)


def test_generated_small_instances_match_the_literal_definition():
    for seed in range(60):
        inst = small_instance(seed)
        expected = call_by_call(inst["m"], inst["n"], inst["p"], inst["q"])
        assert ENV.solve(inst) == expected < 1000
        assert inst["n"] >= 1 and not (inst["p"] == 1 and inst["q"] == 0)


@pytest.mark.parametrize("difficulty", (0, 3, 6, 12, 30))
def test_generated_values_respect_the_digit_budget(difficulty):
    digits = ENV.schedule(difficulty)["digits"]
    rows = set()
    for seed in range(40):
        problem = ENV.generate(difficulty, seed)
        rows.add(problem.instance["m"])
        assert 0 < int(problem.answer) < 10**digits
    assert len(rows) >= 2


def test_malformed_answers():
    problem = ENV.generate(2, 3)
    for text in ("", "f(2,3)", "1e9", "4" * 3100):
        v = ENV.verify(problem, f"<answer>{text}</answer>")
        assert not v.correct and not v.format_ok
