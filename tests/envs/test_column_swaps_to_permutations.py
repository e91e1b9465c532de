"""ColumnSwapsToPermutations: the smallest swap set against every subset of columns on small
tables; hand-made cases (a number twice in one column, already-valid tables)."""

from __future__ import annotations

import itertools
import random

import pytest

import rlve_gym
from rlve_gym import provenance
from rlve_gym.envs.graph.column_swaps_to_permutations import fewest_swaps

ENV = rlve_gym.make("ColumnSwapsToPermutations")


def _valid(top, bottom, subset):
    top, bottom = list(top), list(bottom)
    for c in subset:
        top[c], bottom[c] = bottom[c], top[c]
    return len(set(top)) == len(set(bottom)) == len(top)


def _small_problem(columns, seed):
    """A generated table with few columns (the schedule starts at 13, too many subsets to try)."""
    instance = ENV.generate_instance(random.Random(seed), {"columns": columns})
    base = ENV.generate(0, seed)
    answer = ENV.format_answer(ENV.solve(instance))
    problem = rlve_gym.Problem(base.env_name, base.version, 0, seed, "p", answer, instance)
    provenance.remember(problem)  # a hand-sized instance, not one the schedule gives
    return problem


@pytest.mark.parametrize("columns", (5, 7, 9))
def test_checker_accepts_exactly_the_smallest_valid_sets(columns):
    several = False
    for seed in range(10):
        problem = _small_problem(columns, seed)
        top, bottom = problem.instance["top"], problem.instance["bottom"]
        n = len(top)
        subsets = [
            s
            for r in range(n + 1)
            for s in itertools.combinations(range(n), r)
            if _valid(top, bottom, s)
        ]
        best = min(len(s) for s in subsets)
        assert problem.instance["fewest"] == best == len(fewest_swaps(top, bottom))
        for s in subsets:
            verdict = ENV.verify(
                problem, "<answer>" + " ".join(str(c + 1) for c in s) + "</answer>"
            )
            assert verdict.correct == (len(s) == best)
        several |= sum(len(s) == best for s in subsets) >= 2
    assert several


def test_hand_made_tables():
    assert fewest_swaps([1, 2, 3], [1, 2, 3]) == []
    assert fewest_swaps([1, 1, 2], [2, 3, 3]) == [1]  # the other valid set is {0, 2}
    assert len(fewest_swaps([2, 1, 1], [2, 3, 3])) == 1
    base = ENV.generate(0, 0)
    instance = {"top": [1, 1, 3], "bottom": [2, 3, 2], "fewest": 1}
    problem = rlve_gym.Problem(base.env_name, base.version, 0, 0, "p", "1", instance)
    provenance.remember(problem)  # a hand-made instance, not one the generator gives

    def verify(text):
        return ENV.verify(problem, f"<answer>{text}</answer>")

    assert verify("1").correct
    assert "more than needed" in verify("2 3").reason  # the other valid choice
    assert "repeats" in verify("2").reason and "repeats" in verify("").reason
    assert "more than once" in verify("1 1").reason
    assert "numbered 1 to 3" in verify("4").reason
