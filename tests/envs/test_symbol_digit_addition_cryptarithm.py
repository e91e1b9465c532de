"""SymbolDigitAdditionCryptarithm: every permutation of digit values tried against the printed
addition on small bases; exactly the ones making it correct are accepted."""

from __future__ import annotations

import itertools
import random
import re

import pytest

import rlve_gym

ENV = rlve_gym.make("SymbolDigitAdditionCryptarithm")


def printed_sum(prompt):
    match = re.search(r"\n\n  (\w+)\n\+ (\w+)\n= (\w+)\n\n", prompt)
    return match.groups()


def holds(words, value_of, base):
    numbers = []
    for word in words:
        if value_of[word[0]] == 0:
            return False
        numbers.append(sum(value_of[ch] * base**k for k, ch in enumerate(reversed(word))))
    return numbers[0] + numbers[1] == numbers[2]


@pytest.mark.parametrize(("base", "digits"), ((3, 2), (4, 3), (5, 3), (6, 4)))
def test_exactly_the_correct_assignments_are_accepted(base, digits):
    for seed in range(5):
        instance = ENV.generate_instance(random.Random(seed), {"base": base, "digits": digits})
        words = printed_sum(ENV.render(instance))
        letters = [chr(ord("a") + i) for i in range(base)]
        accepted = 0
        for values in itertools.permutations(range(base)):
            good = holds(words, dict(zip(letters, values)), base)
            assert ENV.check(instance, list(values), None).correct == good
            accepted += good
        assert accepted >= 1
        assert holds(words, dict(zip(letters, instance["planted"])), base)


@pytest.mark.parametrize("difficulty", (0, 1, 10, 20))
def test_reference_makes_the_printed_sum_correct(difficulty):
    for seed in range(6):
        problem = ENV.generate(difficulty, seed)
        base = problem.instance["base"]
        values = [int(t) for t in problem.answer.split()]
        letters = [chr(ord("a") + i) for i in range(base)]
        assert holds(printed_sum(problem.prompt), dict(zip(letters, values)), base)
        assert not ENV.check(problem.instance, list(range(base)), None).correct


def test_two_letter_symbols_for_large_bases():
    instance = ENV.generate_instance(random.Random(2), {"base": 30, "digits": 5})
    words = printed_sum(ENV.render(instance))
    assert all(len(w) % 2 == 0 for w in words)
    assert ENV.check(instance, instance["planted"], None).correct


def test_invalid_assignments_are_rejected_with_a_reason():
    problem = ENV.generate(0, 4)
    base = problem.instance["base"]
    assert "each used once" in ENV.check(problem.instance, [0] * base, None).reason
    assert "each used once" in ENV.check(problem.instance, list(range(1, base + 1)), None).reason
    for miss in ENV.near_misses(problem):
        assert not ENV.verify(problem, f"<answer>{miss}</answer>").correct
    for text in ("", "0 1", "a b c d e f"):
        verdict = ENV.verify(problem, f"<answer>{text}</answer>")
        assert not verdict.correct and not verdict.format_ok
