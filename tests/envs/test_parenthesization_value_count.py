"""ParenthesizationValueCount: the interval DP against enumerating every bracketing tree."""

from __future__ import annotations

import random
from functools import cache

import pytest

import rlve_gym
from rlve_gym.envs.arithmetic.parenthesization_value_count import bracketing_values

ENV = rlve_gym.make("ParenthesizationValueCount")


def every_bracketing(operands, operators):
    """Each full parenthesization as a string, built recursively (Catalan many)."""

    @cache
    def trees(i, j):
        if i == j:
            return [str(operands[i])]
        out = []
        for k in range(i, j):
            for left in trees(i, k):
                for right in trees(k + 1, j):
                    out.append(f"({left}{operators[k]}{right})")
        return out

    return trees(0, len(operands) - 1)


def evaluate_fully_bracketed(text):
    """Evaluate a fully parenthesized expression with a stack (no eval)."""
    stack = []
    number = None
    for ch in text:
        if ch.isdigit():
            number = (number or 0) * 10 + int(ch)
            continue
        if number is not None:
            stack.append(number)
            number = None
        if ch in "+-*":
            stack.append(ch)
        elif ch == ")":
            right, op, left = stack.pop(), stack.pop(), stack.pop()
            stack.append(left + right if op == "+" else left - right if op == "-" else left * right)
    if number is not None:
        stack.append(number)
    return stack[0]


def brute_force_count(operands, operators):
    return len({evaluate_fully_bracketed(t) for t in every_bracketing(operands, operators)})


def catalan(n):
    from math import comb

    return comb(2 * n, n) // (n + 1)


def test_number_of_bracketings_is_catalan():
    for n in range(1, 8):
        assert len(every_bracketing(list(range(1, n + 1)), "+" * (n - 1))) == catalan(n - 1)


@pytest.mark.parametrize("operands", range(2, 8))
def test_dp_matches_enumeration_of_every_bracketing(operands):
    for seed in range(25):
        instance = ENV.generate_instance(
            random.Random(seed), {"operands": operands, "max_operand": 9}
        )
        values = {
            evaluate_fully_bracketed(t)
            for t in every_bracketing(instance["operands"], instance["operators"])
        }
        assert bracketing_values(instance["operands"], instance["operators"]) == values
        assert ENV.solve(instance) == len(values)


def test_level_zero_instances_match_enumeration():
    for seed in range(10):
        inst = ENV.generate(0, seed).instance
        assert ENV.solve(inst) == brute_force_count(inst["operands"], inst["operators"])


def test_hand_written_cases():
    assert brute_force_count([2, 3, 4], "-*") == 2
    assert ENV.solve({"operands": [2, 3, 4], "operators": "-*"}) == 2
    assert ENV.solve({"operands": [1, 2, 3, 4], "operators": "+++"}) == 1
    assert ENV.solve({"operands": [5, 5, 5], "operators": "--"}) == 2  # -5 and 5


def test_malformed_answers():
    problem = ENV.generate(1, 1)
    for text in ("", "12 values", "1e3", "7" * 20):
        v = ENV.verify(problem, f"<answer>{text}</answer>")
        assert not v.correct and not v.format_ok
