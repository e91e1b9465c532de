"""NestedPowerOfTwoNotation: notation against an independent builder, parser against hostile text."""

from __future__ import annotations

import random

import pytest

import rlve_gym
from rlve_gym.answers import ParseError
from rlve_gym.envs.arithmetic.nested_power_of_two_notation import nested_notation, read_notation

ENV = rlve_gym.make("NestedPowerOfTwoNotation")


def build(n):
    """Independent builder: peel the largest power of two off repeatedly."""
    pieces = []
    while n:
        e = 0
        while 2 ** (e + 1) <= n:
            e += 1
        pieces.append({0: "2(0)", 1: "2"}.get(e) or "2(" + build(e) + ")")
        n -= 2**e
    return "+".join(pieces)


def evaluate(expression):
    """Independent evaluator for well-formed expressions (a stack of partial sums)."""
    stack = [0]
    i = 0
    while i < len(expression):
        if expression.startswith("2(0)", i):
            stack[-1] += 1
            i += 4
        elif expression.startswith("2(", i):
            stack.append(0)
            i += 2
        elif expression[i] == "2":
            stack[-1] += 2
            i += 1
        elif expression[i] == ")":
            exponent = stack.pop()
            stack[-1] += 2**exponent
            i += 1
        else:  # "+"
            i += 1
    return stack[0]


def verdict(instance, text):
    return ENV.check(instance, ENV.parse(text, instance), None)


def test_notation_matches_the_independent_builder_and_evaluator():
    for n in range(1, 5000):
        text = nested_notation(n)
        assert text == build(n)
        assert evaluate(text) == n
        assert read_notation(text, n.bit_length(), 10_000) == (text, n)


def test_known_examples():
    assert nested_notation(137) == "2(2(2)+2+2(0))+2(2+2(0))+2(0)"
    assert nested_notation(1315) == "2(2(2+2(0))+2)+2(2(2+2(0)))+2(2(2)+2(0))+2+2(0)"


@pytest.mark.parametrize("difficulty", (0, 1, 5, 20))
def test_reference_verifies_and_whitespace_is_ignored(difficulty):
    for seed in range(20):
        problem = ENV.generate(difficulty, seed)
        spaced = " + ".join(problem.answer.split("+"))
        assert ENV.verify(problem, f"<answer>{spaced}</answer>").correct
        assert evaluate(problem.answer) == problem.instance["n"]


def test_equal_but_non_canonical_forms_are_wrong_with_a_reason():
    instance = {"n": 11}  # 2(2+2(0))+2+2(0)
    assert verdict(instance, "2(2+2(0))+2+2(0)").correct
    for text in (
        "2+2(0)+2(2+2(0))",  # increasing order
        "2(2+2(0))+2(2(0))+2(0)",  # 2^1 spelled 2(2(0))
        "2(2(2))+2+2(0)+2(0)+2(0)+2(0)+2(0)+2(0)",  # 16 + 2 + 6: wrong value
        "2(2(2)+2(0)+2(0))+2+2(0)",  # exponent 2+1+1 = 4: wrong value anyway
        "2(2+2(0))+2(0)+2(0)+2(0)",  # 8 + 1 + 1 + 1 = 11 with a repeated power
        "2(2)+2(2)+2+2(0)",  # 4 + 4 + 2 + 1 = 11 with a repeated exponent
    ):
        v = verdict(instance, text)
        assert not v.correct and v.score == 0.0
    assert "required form" in verdict(instance, "2(2)+2(2)+2+2(0)").reason
    assert "does not equal" in verdict(instance, "2(2+2(0))+2").reason


def test_hostile_and_malformed_answers_are_parse_errors():
    instance = {"n": 1000}
    for text in (
        "",
        "2(",
        "2()",
        "2(0+2)",
        "3",
        "2^3",
        "2(2)(2)",
        "+2",
        "2++2",
        "2(" * 20 + "2" + ")" * 20,
        "2+" * 2000 + "2",
    ):
        with pytest.raises(ParseError):
            ENV.parse(text, instance)


def test_huge_exponents_are_wrong_without_being_computed():
    instance = {"n": 1000}
    tower = "2(2(2(2(2(2(2))))))"  # 2^2^2^2^2^2^2, never formed
    v = verdict(instance, tower)
    assert not v.correct and "does not equal" in v.reason


def test_near_misses_are_all_wrong():
    for seed in range(30):
        problem = ENV.generate(random.Random(seed).randint(0, 6), seed)
        for miss in ENV.near_misses(problem):
            assert not ENV.verify(problem, f"<answer>{miss}</answer>").correct, miss
