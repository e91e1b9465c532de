"""MinProductOfMatchedSumsPermutation: the hull search against every permutation."""

from __future__ import annotations

import itertools
import random

import pytest

import rlve_gym
from rlve_gym.envs.dp_optimization.min_product_of_matched_sums_permutation import (
    min_product_matching,
)

ENV = rlve_gym.make("MinProductOfMatchedSumsPermutation")


def product(a, b, perm):
    """perm is 1-based, as in answers."""
    return sum(a[i][p - 1] for i, p in enumerate(perm)) * sum(
        b[i][p - 1] for i, p in enumerate(perm)
    )


def small_instance(seed, size, max_entry):
    return ENV.generate_instance(random.Random(seed), {"size": size, "max_entry": max_entry})


@pytest.mark.parametrize("size,max_entry", [(1, 5), (2, 5), (3, 4), (4, 9), (5, 30), (6, 12)])
def test_optimum_and_reference_match_every_permutation(size, max_entry):
    for seed in range(12 if size == 6 else 30):
        inst = small_instance(seed, size, max_entry)
        best = min(
            product(inst["a"], inst["b"], p) for p in itertools.permutations(range(1, size + 1))
        )
        assert inst["best_product"] == best
        assert product(inst["a"], inst["b"], ENV.solve(inst)) == best


@pytest.mark.parametrize("seed", range(4))
def test_exactly_the_optimal_permutations_are_accepted(seed):
    inst = small_instance(seed, 5, 3)  # small entries: many ties
    accepted = 0
    for perm in itertools.permutations(range(1, 6)):
        v = ENV.check(inst, list(perm), None)
        assert v.correct == (product(inst["a"], inst["b"], perm) == inst["best_product"])
        accepted += v.correct
    assert accepted >= 1


def test_an_interior_hull_vertex_can_be_the_optimum():
    # least sum of A: (16, 21) -> 336; least sum of B: (23, 16) -> 368; in between (17, 19) -> 323
    a = [[9, 5, 6], [5, 8, 5], [9, 6, 6]]
    b = [[5, 6, 7], [6, 3, 8], [6, 6, 9]]
    best, columns = min_product_matching(a, b)
    assert best == 323 == product(a, b, [c + 1 for c in columns])


def test_invalid_permutations_and_malformed_answers():
    problem = ENV.generate(3, 1)
    n = len(problem.instance["a"])
    verdict = lambda text: ENV.verify(problem, f"<answer>{text}</answer>")  # noqa: E731
    assert "more than once" in verdict(" ".join(["1"] * n)).reason
    assert "outside" in verdict(" ".join(map(str, range(2, n + 2)))).reason
    assert not verdict(" ".join(map(str, range(1, n)))).format_ok
    assert not verdict("1.5 " * n).format_ok
    assert ENV.verify(problem, problem.reference_response()).correct
