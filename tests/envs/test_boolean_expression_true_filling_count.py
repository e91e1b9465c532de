"""BooleanExpressionTrueFillingCount: the pair-count recursion against filling every blank of the
printed formula in every way."""

from __future__ import annotations

import itertools
import random
import re
from collections import Counter

import pytest

import rlve_gym
from rlve_gym.envs.logic_puzzle.boolean_expression_true_filling_count import true_false_counts

ENV = rlve_gym.make("BooleanExpressionTrueFillingCount")


def printed_formula(prompt):
    return prompt.split("\n\n")[1]


def value_of_filling(text, bits):
    """Fill the blanks left to right with ``bits`` and reduce innermost parentheses first."""
    filled = iter(bits)
    body = "(" + re.sub(r"_", lambda _: str(next(filled)), text) + ")"
    pattern = re.compile(r"\(([01]) ([&|^]) ([01])\)")
    while body not in ("0", "1"):
        body = pattern.sub(
            lambda m: str(
                {
                    "&": int(m[1]) & int(m[3]),
                    "|": int(m[1]) | int(m[3]),
                    "^": int(m[1]) ^ int(m[3]),
                }[m[2]]
            ),
            body,
        )
    return int(body)


def count_by_brute_force(prompt, blanks):
    text = printed_formula(prompt)
    assert text.count("_") == blanks
    return sum(value_of_filling(text, bits) for bits in itertools.product((0, 1), repeat=blanks))


@pytest.mark.parametrize("blanks", (2, 3, 5, 9))
def test_count_matches_brute_force_on_small_formulas(blanks):
    for seed in range(12):
        instance = ENV.generate_instance(random.Random(seed), {"blanks": blanks})
        assert ENV.solve(instance) == count_by_brute_force(ENV.render(instance), blanks)


def test_count_matches_brute_force_at_level_zero():
    for seed in range(4):
        problem = ENV.generate(0, seed)
        assert int(problem.answer) == count_by_brute_force(problem.prompt, 10)


def test_operator_rules_and_edge_cases():
    assert true_false_counts(0) == (1, 1)
    assert true_false_counts(["&", 0, 0]) == (1, 3)
    assert true_false_counts(["|", 0, 0]) == (3, 1)
    assert true_false_counts(["^", 0, 0]) == (2, 2)
    assert true_false_counts(["&", ["&", 0, 0], ["&", 0, 0]]) == (1, 15)


def test_half_of_all_fillings_is_never_the_answer_and_answers_spread():
    counts = Counter()
    for seed in range(200):
        problem = ENV.generate(0, seed)
        assert int(problem.answer) not in (512, 5)
        counts[problem.answer] += 1
    assert counts.most_common(1)[0][1] <= 10


def test_wrong_and_malformed_answers_are_rejected():
    problem = ENV.generate(2, 1)
    right = int(problem.answer)
    for text in (str(right + 1), str(right - 1), str(2**14)):
        assert not ENV.verify(problem, f"<answer>{text}</answer>").correct
    for text in ("", "12.5", "1/2", "9" * 40):
        verdict = ENV.verify(problem, f"<answer>{text}</answer>")
        assert not verdict.correct and not verdict.format_ok
