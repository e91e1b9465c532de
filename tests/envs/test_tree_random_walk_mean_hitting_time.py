"""TreeRandomWalkMeanHittingTime: the Wiener-index formula against solving the hitting-time
equations of every target exactly."""

from __future__ import annotations

import random
from fractions import Fraction

import pytest

import rlve_gym
from rlve_gym.envs.probability._modular_expectation import fraction_mod
from rlve_gym.envs.probability.tree_random_walk_mean_hitting_time import mean_hitting_time

ENV = rlve_gym.make("TreeRandomWalkMeanHittingTime")


def hitting_times_to(n, neighbours, target):
    """E(S, target) for all S: Gauss-Jordan on E(S) - mean of E(neighbours) = 1, E(target) = 0."""
    rows = []
    for s in range(n):
        row = [Fraction(0)] * (n + 1)
        row[s] = Fraction(1)
        if s != target:
            for v in neighbours[s]:
                row[v] -= Fraction(1, len(neighbours[s]))
            row[n] = Fraction(1)
        rows.append(row)
    for col in range(n):
        pivot = next(r for r in range(col, n) if rows[r][col] != 0)
        rows[col], rows[pivot] = rows[pivot], rows[col]
        lead = rows[col][col]
        rows[col] = [x / lead for x in rows[col]]
        for r in range(n):
            if r != col and rows[r][col] != 0:
                factor = rows[r][col]
                rows[r] = [a - factor * b for a, b in zip(rows[r], rows[col])]
    return [rows[s][n] for s in range(n)]


def mean_by_linear_equations(n, edges):
    neighbours = [[] for _ in range(n)]
    for u, v in edges:
        neighbours[u].append(v)
        neighbours[v].append(u)
    total = sum(sum(hitting_times_to(n, neighbours, t)) for t in range(n))
    return total / (n * n)


@pytest.mark.parametrize("n", [2, 3, 4, 6, 8])
def test_formula_matches_the_linear_equations(n):
    for seed in range(12):
        inst = ENV.generate_instance(random.Random(seed), {"min_vertices": n, "max_vertices": n})
        assert inst["vertices"] == n
        exact = mean_by_linear_equations(n, inst["edges"])
        assert mean_hitting_time(n, inst["edges"]) == exact
        assert ENV.solve(inst) == fraction_mod(exact, inst["modulus"])


def test_prompt_example_values():
    neighbours = [[1], [0, 2], [1]]
    assert hitting_times_to(3, neighbours, 2)[0] == 4
    assert hitting_times_to(3, neighbours, 0)[1] == 3
    assert mean_hitting_time(1, []) == 0


def test_residue_convention_and_wrong_answers():
    problem = ENV.generate(1, 8)
    m = problem.instance["modulus"]
    value = mean_hitting_time(problem.instance["vertices"], problem.instance["edges"])
    assert int(problem.answer) * value.denominator % m == value.numerator % m
    for text in (str(int(problem.answer) + m), "-3"):
        assert not ENV.verify(problem, f"<answer>{text}</answer>").correct
    for text in (f"{value.numerator}/{value.denominator}", "", "x"):
        assert not ENV.verify(problem, f"<answer>{text}</answer>").format_ok
    for text in ENV.near_misses(problem):
        assert not ENV.verify(problem, f"<answer>{text}</answer>").correct
