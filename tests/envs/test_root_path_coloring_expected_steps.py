"""RootPathColoringExpectedSteps: sum of 1/size against the exact Markov chain over coloured sets."""

from __future__ import annotations

import random
from fractions import Fraction
from functools import cache

import pytest

import rlve_gym
from rlve_gym.envs.probability._modular_expectation import fraction_mod
from rlve_gym.envs.probability.root_path_coloring_expected_steps import expected_rounds

ENV = rlve_gym.make("RootPathColoringExpectedSteps")


def expected_rounds_by_chain(n, edges):
    """E[rounds] from the empty colouring, recursing over the set of coloured vertices."""
    neighbours = [set() for _ in range(n)]
    for u, v in edges:
        neighbours[u].add(v)
        neighbours[v].add(u)
    parent = {0: None}
    stack = [0]
    while stack:
        u = stack.pop()
        for v in neighbours[u]:
            if v not in parent:
                parent[v] = u
                stack.append(v)

    def path_mask(v):
        mask = 0
        while v is not None:
            mask |= 1 << v
            v = parent[v]
        return mask

    paths = [path_mask(v) for v in range(n)]
    full = (1 << n) - 1

    @cache
    def rounds_left(coloured):
        if coloured == full:
            return Fraction(0)
        uncoloured = [v for v in range(n) if not coloured >> v & 1]
        total = sum(rounds_left(coloured | paths[v]) for v in uncoloured)
        return 1 + total / len(uncoloured)

    return rounds_left(0)


@pytest.mark.parametrize("n", [1, 2, 3, 5, 7, 9])
def test_formula_matches_the_markov_chain(n):
    for seed in range(15):
        inst = ENV.generate_instance(random.Random(seed), {"vertices": n})
        exact = expected_rounds_by_chain(n, inst["edges"])
        assert expected_rounds(n, inst["edges"]) == exact
        assert ENV.solve(inst) == fraction_mod(exact, inst["modulus"])


def test_paths_and_stars():
    path = [[i, i + 1] for i in range(4)]
    assert expected_rounds(5, path) == sum(Fraction(1, k) for k in range(1, 6))
    star = [[0, i] for i in range(1, 5)]
    assert expected_rounds(5, star) == 4 + Fraction(1, 5)
    assert expected_rounds(2, [[0, 1]]) == Fraction(3, 2)  # the prompt's example


def test_residue_convention_and_wrong_answers():
    problem = ENV.generate(2, 3)
    m = problem.instance["modulus"]
    value = expected_rounds(problem.instance["vertices"], problem.instance["edges"])
    assert int(problem.answer) * value.denominator % m == value.numerator % m
    assert f"M = {m}" in problem.prompt
    for text in (str(int(problem.answer) + m), "-1", str(m)):
        v = ENV.verify(problem, f"<answer>{text}</answer>")
        assert not v.correct and "residue" in v.reason
    for text in (f"{value.numerator}/{value.denominator}", "1.5", "", "12 13"):
        assert not ENV.verify(problem, f"<answer>{text}</answer>").format_ok
    for text in ENV.near_misses(problem):
        assert not ENV.verify(problem, f"<answer>{text}</answer>").correct
