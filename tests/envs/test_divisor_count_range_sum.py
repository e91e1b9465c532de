"""DivisorCountRangeSum: solver against sympy's divisor_count summed term by term."""

from __future__ import annotations

import pytest
import sympy

import rlve_gym
from rlve_gym.kernels.number_theory import divisor_summatory

ENV = rlve_gym.make("DivisorCountRangeSum")


def test_divisor_summatory_matches_sympy_prefix_sums():
    total = 0
    assert divisor_summatory(0) == 0
    for n in range(1, 2000):
        total += sympy.divisor_count(n)
        assert divisor_summatory(n) == total


@pytest.mark.parametrize("difficulty", range(4))
def test_generated_instances_match_the_term_by_term_sum(difficulty):
    for seed in range(30):
        problem = ENV.generate(difficulty, seed)
        low, high = problem.instance["low"], problem.instance["high"]
        assert int(problem.answer) == sum(sympy.divisor_count(i) for i in range(low, high + 1))


def test_single_points():
    assert ENV.solve({"low": 1, "high": 1}) == 1
    assert ENV.solve({"low": 97, "high": 97}) == 2  # a prime
    assert ENV.solve({"low": 64, "high": 64}) == 7  # a prime power


def test_short_ranges_are_written_out_without_an_ellipsis():
    problem = ENV.generate(difficulty=0, seed=0)
    inst = dict(problem.instance, low=5, high=5)
    assert "Compute d(5), the sum" in ENV.render(inst)
    assert "Compute d(1) + d(2), the sum" in ENV.render(dict(inst, low=1, high=2))
    assert "d(7) + d(8) + ... + d(20)" in ENV.render(dict(inst, low=7, high=20))


def test_at_least_three_terms_are_summed():
    for seed in range(80):
        inst = ENV.generate(difficulty=0, seed=seed).instance
        assert inst["high"] - inst["low"] >= 2
