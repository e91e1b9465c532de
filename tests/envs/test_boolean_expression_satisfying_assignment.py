"""BooleanExpressionSatisfyingAssignment: the prompt's formula, read back by an independent
evaluator, against every assignment; exactly the satisfying ones are accepted."""

from __future__ import annotations

import itertools
import random
import re

import pytest

import rlve_gym

ENV = rlve_gym.make("BooleanExpressionSatisfyingAssignment")


def expression_text(problem):
    return problem.prompt.split("\n\n")[1]


def evaluate_text(text, values):
    """Evaluate the printed formula (x_k, &, |, ^, parentheses) with an explicit operand stack:
    every operator is binary and every compound is parenthesised, except the outermost."""
    tokens = re.findall(r"x\d+|[()&|^]", f"({text})")
    stack = []
    for token in tokens:
        if token == ")":
            right, op, left = stack.pop(), stack.pop(), stack.pop()
            assert stack.pop() == "("
            stack.append({"&": left and right, "|": left or right, "^": left != right}[op])
        elif token.startswith("x"):
            stack.append(values[int(token[1:]) - 1] == 1)
        else:
            stack.append(token)
    (value,) = stack
    return value


def small_problem(seed, variables):
    instance = ENV.generate_instance(
        random.Random(seed), {"variables": variables, "leaves": 3 * variables}
    )
    prompt = ENV.render(instance)
    return instance, prompt.split("\n\n")[1]


@pytest.mark.parametrize("variables", (3, 5, 8))
def test_exactly_the_satisfying_assignments_are_accepted(variables):
    for seed in range(6):
        instance, text = small_problem(seed, variables)
        satisfying = 0
        for values in itertools.product((0, 1), repeat=variables):
            truth = evaluate_text(text, values)
            verdict = ENV.check(instance, list(values), None)
            assert verdict.correct == truth
            satisfying += truth
        assert satisfying >= 1 and evaluate_text(text, instance["planted"])
        assert not evaluate_text(text, [1] * variables)


def test_level_zero_formulas_are_true_for_at_most_two_percent_of_assignments():
    shares = []
    for seed in range(12):
        problem = ENV.generate(0, seed)
        text = expression_text(problem)
        count = sum(evaluate_text(text, v) for v in itertools.product((0, 1), repeat=10))
        shares.append(count / 1024)
    assert max(shares) <= 0.02


@pytest.mark.parametrize("difficulty", (0, 3, 10, 20))
def test_reference_makes_the_printed_formula_true(difficulty):
    for seed in range(5):
        problem = ENV.generate(difficulty, seed)
        values = [int(t) for t in problem.answer.split()]
        assert evaluate_text(expression_text(problem), values)
        assert ENV.verify(problem, f"<answer>{problem.answer}</answer>").correct


def test_near_misses_and_malformed_answers_are_rejected():
    problem = ENV.generate(1, 4)
    for miss in ENV.near_misses(problem):
        assert not ENV.verify(problem, f"<answer>{miss}</answer>").correct
    n = problem.instance["variables"]
    for text in ("", "2" + " 0" * (n - 1), " ".join(["1"] * (n + 1)), "true"):
        verdict = ENV.verify(problem, f"<answer>{text}</answer>")
        assert not verdict.correct and not verdict.format_ok
