"""LinearSystemSolution: exact elimination against sympy and exhaustive search; the checker."""

from __future__ import annotations

import itertools
import random
from fractions import Fraction

import pytest
import sympy

import rlve_gym
from rlve_gym.envs.linear_algebra.linear_system_solution import (
    determinant,
    format_equation,
    nonsingular_mod_prime,
    solve_exactly,
)

ENV = rlve_gym.make("LinearSystemSolution")


def verdict(problem, values):
    return ENV.verify(problem, f"<answer>{' '.join(map(str, values))}</answer>")


@pytest.mark.parametrize("difficulty", range(0, 31, 3))
def test_solution_matches_sympy_and_is_integral(difficulty):
    for seed in range(12):
        problem = ENV.generate(difficulty, seed)
        matrix = sympy.Matrix(problem.instance["coefficients"])
        assert matrix.det() != 0
        expected = list(matrix.LUsolve(sympy.Matrix(problem.instance["rhs"])))
        assert all(v.is_integer for v in expected)
        assert [int(t) for t in problem.answer.split()] == [int(v) for v in expected]
        exact = solve_exactly(problem.instance["coefficients"], problem.instance["rhs"])
        assert exact == [Fraction(t) for t in problem.answer.split()]


@pytest.mark.parametrize("seed", range(30))
def test_exhaustive_search_finds_only_the_reference_on_two_unknowns(seed):
    span = 5
    sizes = {"unknowns": 2, "max_coefficient": 3, "max_value": span}
    instance = ENV.generate_instance(random.Random(seed), sizes)
    rows, rhs = instance["coefficients"], instance["rhs"]
    found = [
        list(x)
        for x in itertools.product(range(-3 * span, 3 * span + 1), repeat=2)
        if all(
            sum(a * v for a, v in zip(row, x, strict=True)) == b
            for row, b in zip(rows, rhs, strict=True)
        )
    ]
    assert found == [ENV.solve(instance)]


def test_determinant_matches_sympy_on_random_and_singular_matrices():
    rng = random.Random(1)
    for n in range(1, 7):
        for _ in range(20):
            m = [[rng.randint(-3, 3) for _ in range(n)] for _ in range(n)]
            assert determinant(m) == sympy.Matrix(m).det()
            assert nonsingular_mod_prime(m) == (determinant(m) != 0)
    assert determinant([[1, 2], [2, 4]]) == 0
    assert determinant([[0, 1], [1, 0]]) == -1  # a row swap flips the sign
    assert solve_exactly([[1, 2], [2, 4]], [3, 6]) is None


def test_fractional_solutions_are_exact():
    assert solve_exactly([[2, 0], [0, 3]], [1, 1]) == [Fraction(1, 2), Fraction(1, 3)]


def test_singular_draws_fall_back_to_a_unimodular_matrix():
    class ConstantDraws(random.Random):
        def randint(self, low, high):
            return high  # every random matrix is all one value: singular for n >= 2

    instance = ENV.generate_instance(ConstantDraws(3), ENV.schedule(6))
    assert abs(determinant(instance["coefficients"])) == 1
    assert ENV.check(instance, ENV.solve(instance), None).correct


def test_equations_are_written_without_zero_terms_or_double_signs():
    assert format_equation([1, -1, 0, 3], 7) == "x1 - x2 + 3*x4 = 7"
    assert format_equation([0, -2, 1], -4) == "-2*x2 + x3 = -4"


def test_partial_credit_counts_equations_beyond_the_first():
    """Regression: one equation alone is satisfiable without solving, so it earns nothing."""
    instance = {"coefficients": [[1, 0], [0, 1]], "rhs": [2, 3]}
    assert ENV.check(instance, [2, 3], None).correct
    v = ENV.check(instance, [2, 4], None)
    assert not v.correct and v.score == 0.0 and "equation 2" in v.reason
    assert ENV.check(instance, [0, 0], None).score == 0.0
    three = {"coefficients": [[1, 0, 0], [0, 1, 0], [0, 0, 1]], "rhs": [2, 3, 4]}
    assert ENV.check(three, [2, 3, 0], None).score == pytest.approx(0.5)
    assert ENV.check(three, [2, 0, 0], None).score == 0.0


def test_small_systems_name_exactly_their_unknowns():
    for seed in range(5):
        prompt = ENV.generate(0, seed).prompt
        assert (
            "x1, x2, x3 " in prompt
            and "x4" not in prompt.split("<answer>")[0].split("for example")[0]
        )


def test_wrong_values_lengths_and_garbage():
    problem = ENV.generate(4, 2)
    values = [int(t) for t in problem.answer.split()]
    assert not verdict(problem, values[:-1] + [values[-1] + 1]).correct
    for text in (" ".join(map(str, values[:-1])), "x1 = 3", "1.5 2", ""):
        v = ENV.verify(problem, f"<answer>{text}</answer>")
        assert not v.correct and not v.format_ok
