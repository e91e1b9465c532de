"""KnightsAndKnaves: every assignment checked one at a time by a plain recursive evaluator;
exactly one fits each generated puzzle, it is the reference, and only it is accepted."""

from __future__ import annotations

import itertools
import random

import pytest

import rlve_gym
from rlve_gym.envs.logic_puzzle.knights_and_knaves import KnightsAndKnaves, formula_text

ENV = rlve_gym.make("KnightsAndKnaves")


def true_under(formula, knights):
    kind = formula[0]
    if kind == "is":
        return (formula[1] in knights) == bool(formula[2])
    if kind == "not":
        return not true_under(formula[1], knights)
    if kind == "iff":
        return true_under(formula[1], knights) == true_under(formula[2], knights)
    parts = [true_under(f, knights) for f in formula[1]]
    return all(parts) if kind == "and" else any(parts)


def fitting_assignments(statements):
    n = len(statements)
    found = []
    for types in itertools.product((0, 1), repeat=n):
        knights = {i for i in range(n) if types[i]}
        if all(true_under(f, knights) == bool(types[i]) for i, f in enumerate(statements)):
            found.append(list(types))
    return found


@pytest.mark.parametrize("difficulty", (0, 3, 9, 18, 22))
def test_exactly_one_assignment_fits_and_it_is_the_reference(difficulty):
    for seed in range(6):
        problem = ENV.generate(difficulty, seed)
        fits = fitting_assignments(problem.instance["statements"])
        assert fits == [[int(t) for t in problem.answer.split()]]


@pytest.mark.parametrize("people", (3, 4, 6))
def test_only_the_fitting_assignment_is_accepted(people):
    for seed in range(6):
        instance = ENV.generate_instance(random.Random(seed), {"people": people, "width": 2})
        (solution,) = fitting_assignments(instance["statements"])
        for types in itertools.product((0, 1), repeat=people):
            verdict = ENV.check(instance, list(types), None)
            assert verdict.correct == (list(types) == solution)


@pytest.mark.parametrize("people", (2, 5, 9))
def test_the_fallback_chain_has_a_unique_solution(people):
    for seed in range(10):
        instance = KnightsAndKnaves._chain(random.Random(seed), people)
        assert fitting_assignments(instance["statements"]) == [instance["types"]]


def test_statements_avoid_repeating_an_islander_within_a_statement():
    for seed in range(30):
        for formula in ENV.generate(0, seed).instance["statements"]:
            text = formula_text(formula)
            names = [w for w in text.replace("(", " ").split() if w.startswith("P")]
            assert len(names) == len(set(names))


def test_near_misses_and_malformed_answers_are_rejected():
    problem = ENV.generate(2, 7)
    for miss in ENV.near_misses(problem):
        assert not ENV.verify(problem, f"<answer>{miss}</answer>").correct
    n = len(problem.instance["statements"])
    for text in ("", "knight " * n, " ".join(["2"] * n), " ".join(["1"] * (n + 1))):
        verdict = ENV.verify(problem, f"<answer>{text}</answer>")
        assert not verdict.correct and not verdict.format_ok
