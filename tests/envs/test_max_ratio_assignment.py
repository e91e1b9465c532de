"""MaxRatioAssignment: Dinkelbach's optimum against all permutations of small matrices, and the
checker's exact rational comparison."""

from __future__ import annotations

import itertools
from fractions import Fraction

import pytest

import rlve_gym
from rlve_gym import provenance
from rlve_gym.envs.graph.max_ratio_assignment import best_ratio_assignment, ratio_of

ENV = rlve_gym.make("MaxRatioAssignment")


def _verify(problem, perm):
    return ENV.verify(problem, "<answer>" + " ".join(map(str, perm)) + "</answer>")


@pytest.mark.parametrize("difficulty", range(6))
def test_optimum_matches_all_permutations(difficulty):
    for seed in range(10):
        problem = ENV.generate(difficulty, seed)
        a, b = problem.instance["a"], problem.instance["b"]
        n = len(a)
        if n > 6:
            continue
        perms = list(itertools.permutations(range(n)))
        best = max(ratio_of(a, b, list(p)) for p in perms)
        assert Fraction(*problem.instance["best_ratio"]) == best
        for p in perms[:200]:
            assert _verify(problem, [x + 1 for x in p]).correct == (ratio_of(a, b, list(p)) == best)


def test_ties_between_permutations_are_all_accepted():
    a = [[2, 2], [2, 2]]
    b = [[1, 1], [1, 1]]
    ratio, _ = best_ratio_assignment(a, b)
    base = ENV.generate(0, 0)
    instance = {"a": a, "b": b, "best_ratio": [ratio.numerator, ratio.denominator]}
    problem = rlve_gym.Problem(base.env_name, base.version, 0, 0, "p", "1 2", instance)
    provenance.remember(problem)  # a hand-made instance, not one the generator gives
    assert ratio == 2
    assert _verify(problem, [1, 2]).correct and _verify(problem, [2, 1]).correct
    assert "not a permutation" in _verify(problem, [1, 1]).reason
    assert "not a permutation" in _verify(problem, [0, 1]).reason
    assert not _verify(problem, [1, 2, 3]).format_ok
