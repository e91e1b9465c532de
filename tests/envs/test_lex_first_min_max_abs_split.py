"""LexFirstMinMaxAbsSplit: binary search + greedy against every composition of N into M parts."""

from __future__ import annotations

import itertools
import random

import pytest

import rlve_gym
from rlve_gym.envs.sequence_array.lex_first_min_max_abs_split import lex_first_min_max_abs_split

ENV = rlve_gym.make("LexFirstMinMaxAbsSplit")


def all_splits(n, m):
    """Every list of m positive sizes adding up to n, in lexicographic order."""
    for cuts in itertools.combinations(range(1, n), m - 1):
        bounds = (0, *cuts, n)
        yield [bounds[i + 1] - bounds[i] for i in range(m)]


def cost(signs, sizes):
    start, worst = 0, 0
    for size in sizes:
        worst = max(worst, abs(sum(signs[start : start + size])))
        start += size
    return worst


def brute_force(signs, m):
    """(smallest cost, first split of that cost in lexicographic order)."""
    best = min(cost(signs, s) for s in all_splits(len(signs), m))
    return best, next(s for s in all_splits(len(signs), m) if cost(signs, s) == best)


@pytest.mark.parametrize("n, m", [(1, 1), (4, 2), (7, 3), (10, 4), (12, 5), (13, 1), (9, 9)])
def test_solver_matches_every_split(n, m):
    rng = random.Random(n * 31 + m)
    for _ in range(40):
        plus = rng.uniform(0.2, 0.8)
        signs = [1 if rng.random() < plus else -1 for _ in range(n)]
        assert lex_first_min_max_abs_split(signs, m) == brute_force(signs, m)


@pytest.mark.parametrize("seed", range(3))
def test_only_the_reference_split_is_accepted(seed):
    problem = ENV.generate(0, seed)
    inst = problem.instance
    n, m = len(inst["signs"]), inst["batches"]
    best, first = brute_force(inst["signs"], m)
    assert inst["best_cost"] == best and problem.answer == " ".join(map(str, first))
    optimal_but_later = 0
    for sizes in all_splits(n, m):
        v = ENV.verify(problem, "<answer>" + " ".join(map(str, sizes)) + "</answer>")
        assert v.correct == (sizes == first) and v.score == float(v.correct)
        if cost(inst["signs"], sizes) == best and sizes != first:
            optimal_but_later += 1
            assert "lexicographically" in v.reason
    assert optimal_but_later >= 1  # the tie-break matters


def test_prompt_example_and_edge_cases():
    assert lex_first_min_max_abs_split([1, 1, -1, -1], 2) == (1, [1, 3])
    assert lex_first_min_max_abs_split([1, -1, 1, -1], 2) == (0, [2, 2])
    assert lex_first_min_max_abs_split([1, 1, 1], 3) == (1, [1, 1, 1])
    assert lex_first_min_max_abs_split([-1] * 6, 1) == (6, [6])


def test_empty_batches_wrong_totals_and_malformed_answers():
    problem = ENV.generate(2, 5)
    n, m = len(problem.instance["signs"]), problem.instance["batches"]
    assert "at least one entry" in ENV.check(problem.instance, [n] + [0] * (m - 1), None).reason
    assert "add up to" in ENV.check(problem.instance, [1] * m, None).reason
    for text in ("", " ".join(["1"] * (m + 1)), "1 2 x"):
        v = ENV.verify(problem, f"<answer>{text}</answer>")
        assert not v.correct and not v.format_ok
