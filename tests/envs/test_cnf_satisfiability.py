"""CnfSatisfiability: DPLL against all assignments; exactly the satisfying ones are accepted."""

from __future__ import annotations

import itertools
import random

import pytest

import rlve_gym
from rlve_gym.envs.logic_puzzle.cnf_satisfiability import satisfying_assignment
from rlve_gym.scoring import gap_closed_score

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


def small_formula(seed, variables=6):
    """A generated formula over few variables, small enough to list every assignment."""
    sizes = {"variables": variables, "clauses": 4 * variables}
    return ENV.generate_instance(random.Random(seed), sizes)


@pytest.mark.parametrize("difficulty", range(7))
def test_the_reference_satisfies_every_clause(difficulty):
    for seed in range(25):
        problem = ENV.generate(difficulty, seed)
        reference = [int(t) for t in problem.answer.split()]
        assert all(evaluates_true(c, reference) for c in problem.instance["clauses"])


def test_dpll_finds_a_solution_exactly_when_brute_force_does():
    for seed in range(30):
        instance = small_formula(seed)
        found = satisfying_assignment(6, instance["clauses"])
        assert found is not None and found in satisfying_by_brute_force(6, instance["clauses"])
    unplanted = random.Random(1)
    for _ in range(30):
        clauses = [
            [v if unplanted.random() < 0.5 else -v for v in unplanted.sample(range(1, 6), 3)]
            for _ in range(25)
        ]
        found = satisfying_assignment(5, clauses)
        solutions = satisfying_by_brute_force(5, clauses)
        assert (found is None) == (not solutions) and (found is None or found in solutions)


def test_the_blind_baseline_is_the_best_of_random_assignments():
    for seed in range(20):
        instance = small_formula(seed, variables=8)
        broken = [
            sum(not evaluates_true(c, v) for c in instance["clauses"])
            for v in itertools.product((0, 1), repeat=8)
        ]
        assert min(broken) == 0 and instance["blind_broken"] in broken


@pytest.mark.parametrize("seed", range(3))
def test_exactly_the_satisfying_assignments_are_accepted(seed):
    problem = ENV.generate(0, seed)
    n, clauses = problem.instance["variables"], problem.instance["clauses"]
    solutions = satisfying_by_brute_force(n, clauses)
    for values in itertools.product((0, 1), repeat=n):
        v = verdict(problem, values)
        assert v.correct == (list(values) in solutions)
        if not v.correct:
            broken = sum(not evaluates_true(c, values) for c in clauses)
            expected = gap_closed_score(broken, 0, problem.instance["blind_broken"])
            assert v.score == pytest.approx(expected) and v.score < 1


def test_random_assignments_earn_little_partial_credit():
    """A blind guess satisfies most clauses of a 3-CNF; partial credit must not reward it."""
    guesser = random.Random(0)
    for seed in range(5):
        problem = ENV.generate(10, seed)
        n = problem.instance["variables"]
        scores = [
            verdict(problem, [guesser.randint(0, 1) for _ in range(n)]).score for _ in range(50)
        ]
        assert sum(scores) / len(scores) < 0.02


def test_several_solutions_are_common_on_small_formulas():
    counts = [len(satisfying_by_brute_force(6, small_formula(s)["clauses"])) for s in range(30)]
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
    assert ENV.schedule(0)["variables"] == 10
    assert ENV.schedule(30)["variables"] == ENV.schedule(80)["variables"] == 40
    assert ENV.schedule(80)["clauses"] > ENV.schedule(40)["clauses"] > ENV.schedule(30)["clauses"]


def test_values_other_than_zero_and_one_and_wrong_lengths_are_format_failures():
    problem = ENV.generate(2, 0)
    n = problem.instance["variables"]
    for text in (" ".join(["2"] * n), " ".join(["1"] * (n - 1)), "true false", "1" * n, ""):
        v = ENV.verify(problem, f"<answer>{text}</answer>")
        assert not v.correct and not v.format_ok
