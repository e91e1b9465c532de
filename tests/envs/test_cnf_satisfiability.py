"""CnfSatisfiability: DPLL against all assignments; exactly the satisfying ones are accepted."""

from __future__ import annotations

import itertools

import pytest

import rlve_gym
from rlve_gym.envs.logic_puzzle.cnf_satisfiability import satisfying_assignment

ENV = rlve_gym.make("CnfSatisfiability")


def evaluates_true(clause, values):
    for lit in clause:
        value = values[abs(lit) - 1]
        if (lit > 0 and value == 1) or (lit < 0 and value == 0):
            return True
    return False


def satisfying_by_brute_force(n, clauses):
    return [
        list(v)
        for v in itertools.product((0, 1), repeat=n)
        if all(evaluates_true(c, v) for c in clauses)
    ]


def verdict(problem, values):
    return ENV.verify(problem, f"<answer>{' '.join(map(str, values))}</answer>")


@pytest.mark.parametrize("difficulty", range(7))
def test_formulas_are_satisfiable_and_the_reference_satisfies_them(difficulty):
    for seed in range(25):
        problem = ENV.generate(difficulty, seed)
        n, clauses = problem.instance["variables"], problem.instance["clauses"]
        assert satisfying_by_brute_force(n, clauses)
        reference = [int(t) for t in problem.answer.split()]
        assert all(evaluates_true(c, reference) for c in clauses)


@pytest.mark.parametrize("seed", range(6))
def test_exactly_the_satisfying_assignments_are_accepted(seed):
    problem = ENV.generate(1, seed)
    n, clauses = problem.instance["variables"], problem.instance["clauses"]
    solutions = satisfying_by_brute_force(n, clauses)
    for values in itertools.product((0, 1), repeat=n):
        v = verdict(problem, values)
        assert v.correct == (list(values) in solutions)
        if not v.correct:
            satisfied = sum(evaluates_true(c, values) for c in clauses)
            blind = sum(1 - 0.5 ** len(c) for c in clauses) / len(clauses)
            expected = max(0.0, (satisfied / len(clauses) - blind) / (1 - blind)) ** 2
            assert v.score == pytest.approx(expected) and v.score < 1


def test_random_assignments_earn_little_partial_credit():
    """A blind guess satisfies most clauses of a 3-CNF; partial credit must not reward it."""
    import random

    guesser = random.Random(0)
    for seed in range(5):
        problem = ENV.generate(10, seed)
        n = problem.instance["variables"]
        scores = [
            verdict(problem, [guesser.randint(0, 1) for _ in range(n)]).score for _ in range(50)
        ]
        assert sum(scores) / len(scores) < 0.12


def test_several_solutions_are_common_on_small_formulas():
    counts = [
        len(satisfying_by_brute_force(5, ENV.generate(1, s).instance["clauses"])) for s in range(30)
    ]
    assert sum(c > 1 for c in counts) >= 10


def test_constant_assignments_never_satisfy_a_generated_formula():
    for d in (0, 2, 9, 30):
        for seed in range(40):
            problem = ENV.generate(d, seed)
            n = problem.instance["variables"]
            assert not verdict(problem, [0] * n).correct
            assert not verdict(problem, [1] * n).correct


def test_clauses_have_three_distinct_variables_in_range():
    for seed in range(20):
        inst = ENV.generate(5, seed).instance
        for clause in inst["clauses"]:
            assert len({abs(lit) for lit in clause}) == 3
            assert all(1 <= abs(lit) <= inst["variables"] for lit in clause)


def test_dpll_reports_unsatisfiable_formulas():
    every_pair_excluded = [[a, b] for a in (1, -1) for b in (2, -2)]
    assert satisfying_assignment(2, every_pair_excluded) is None
    assert satisfying_assignment(3, [[1], [-1, 2], [-2, 3]]) == [1, 1, 1]
    assert satisfying_assignment(3, []) == [0, 0, 0]


def test_schedule_caps_variables_and_keeps_adding_clauses():
    assert ENV.schedule(36)["variables"] == ENV.schedule(80)["variables"] == 40
    assert ENV.schedule(80)["clauses"] > ENV.schedule(40)["clauses"] > ENV.schedule(36)["clauses"]


def test_values_other_than_zero_and_one_and_wrong_lengths_are_format_failures():
    problem = ENV.generate(2, 0)
    n = problem.instance["variables"]
    for text in (" ".join(["2"] * n), " ".join(["1"] * (n - 1)), "true false", "1" * n, ""):
        v = ENV.verify(problem, f"<answer>{text}</answer>")
        assert not v.correct and not v.format_ok
