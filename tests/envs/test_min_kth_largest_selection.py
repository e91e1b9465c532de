"""MinKthLargestSelection: the optimum against exhaustive search over all column choices, and
every optimal choice on small matrices accepted."""

from __future__ import annotations

import itertools

import pytest

import rlve_gym
from rlve_gym import provenance
from rlve_gym.envs.graph.min_kth_largest_selection import best_selection, kth_largest

ENV = rlve_gym.make("MinKthLargestSelection")


def _verify(problem, columns):
    return ENV.verify(problem, "<answer>" + " ".join(map(str, columns)) + "</answer>")


def _value(matrix, k, columns):
    return kth_largest([row[c] for row, c in zip(matrix, columns, strict=False)], k)


@pytest.mark.parametrize("difficulty", range(3))
def test_checker_accepts_exactly_the_optimal_choices(difficulty):
    accepted_several = False
    for seed in range(8):
        problem = ENV.generate(difficulty, seed)
        matrix, k = problem.instance["matrix"], problem.instance["k"]
        choices = list(itertools.permutations(range(len(matrix[0])), len(matrix)))
        best = min(_value(matrix, k, p) for p in choices)
        assert problem.instance["optimum"] == best == best_selection(matrix, k)[0]
        accepted = 0
        for p in choices[:400]:
            verdict = _verify(problem, [c + 1 for c in p])
            assert verdict.correct == (_value(matrix, k, p) == best)
            accepted += verdict.correct
        accepted_several |= accepted >= 2
    assert accepted_several


def test_hand_made_instance_and_wrong_answers():
    matrix = [[1, 9, 9], [9, 1, 9], [9, 9, 1]]
    base = ENV.generate(0, 0)
    instance = {"matrix": matrix, "k": 1, "optimum": 1}
    problem = rlve_gym.Problem(base.env_name, base.version, 0, 0, "p", "1 2 3", instance)
    provenance.remember(problem)  # a hand-made instance, not one the generator gives
    assert best_selection(matrix, 1) == (1, [0, 1, 2])
    assert _verify(problem, [1, 2, 3]).correct
    assert "not the smallest" in _verify(problem, [2, 1, 3]).reason
    assert "same column" in _verify(problem, [1, 1, 3]).reason
    assert "not a column" in _verify(problem, [1, 2, 4]).reason
    assert not _verify(problem, [1, 2]).format_ok
