"""TwoCnfSatisfiability: the SCC solver against all assignments; exactly the satisfying ones pass."""

from __future__ import annotations

import itertools
import random

import pytest

import rlve_gym
from rlve_gym.envs.logic_puzzle.two_cnf_satisfiability import two_sat_assignment

ENV = rlve_gym.make("TwoCnfSatisfiability")


def satisfied(clause, values):
    return any(values[abs(lit) - 1] == (1 if lit > 0 else 0) for lit in clause)


def satisfying_by_brute_force(n, clauses):
    return [
        list(v)
        for v in itertools.product((0, 1), repeat=n)
        if all(satisfied(c, v) for c in clauses)
    ]


def small_formula(seed, variables=6):
    return ENV.generate_instance(
        random.Random(seed), {"variables": variables, "clauses": 3 * variables}
    )


def test_scc_solver_agrees_with_brute_force_on_random_formulas():
    rng = random.Random(5)
    outcomes = set()
    for _ in range(300):
        n = rng.randint(2, 7)
        clauses = [
            [v if rng.random() < 0.5 else -v for v in rng.sample(range(1, n + 1), 2)]
            for _ in range(rng.randint(1, 3 * n))
        ]
        solutions = satisfying_by_brute_force(n, clauses)
        found = two_sat_assignment(n, clauses)
        if solutions:
            assert found in solutions
        else:
            assert found is None
        outcomes.add(bool(solutions))
    assert outcomes == {True, False}


@pytest.mark.parametrize("seed", range(10))
def test_exactly_the_satisfying_assignments_are_accepted(seed):
    instance = small_formula(seed)
    solutions = satisfying_by_brute_force(6, instance["clauses"])
    assert solutions and [0] * 6 not in solutions and [1] * 6 not in solutions
    for values in itertools.product((0, 1), repeat=6):
        verdict = ENV.check(instance, ENV.parse(" ".join(map(str, values)), instance), None)
        assert verdict.correct == (list(values) in solutions)
        if not verdict.correct:
            assert verdict.score == 0.0 and "clauses are false" in verdict.reason


@pytest.mark.parametrize("difficulty", (0, 1, 5, 20))
def test_reference_satisfies_every_clause(difficulty):
    for seed in range(10):
        problem = ENV.generate(difficulty, seed)
        values = [int(t) for t in problem.answer.split()]
        assert all(satisfied(c, values) for c in problem.instance["clauses"])
        assert ENV.verify(problem, f"<answer>{problem.answer}</answer>").correct


def test_near_misses_and_malformed_answers_are_rejected():
    problem = ENV.generate(2, 3)
    for miss in ENV.near_misses(problem):
        assert not ENV.verify(problem, f"<answer>{miss}</answer>").correct
    n = problem.instance["variables"]
    for text in ("", "1 0 2" + " 0" * (n - 3), "1" * n, " ".join(["1"] * (n + 1)), "yes"):
        verdict = ENV.verify(problem, f"<answer>{text}</answer>")
        assert not verdict.correct and not verdict.format_ok
