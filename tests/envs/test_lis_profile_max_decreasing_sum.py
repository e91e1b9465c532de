"""LisProfileMaxDecreasingSum: the tree construction against every permutation of small N."""

from __future__ import annotations

import itertools
import random
from collections import defaultdict

import pytest

import rlve_gym
from rlve_gym.envs.sequence_array.lis_profile_max_decreasing_sum import (
    best_permutation_for_profile,
)

ENV = rlve_gym.make("LisProfileMaxDecreasingSum")


def profiles(perm):
    n = len(perm)
    a = [0] * n
    for i in range(n):
        a[i] = 1 + max([a[j] for j in range(i) if perm[j] < perm[i]], default=0)
    b = [0] * n
    for i in range(n - 1, -1, -1):
        b[i] = 1 + max([b[j] for j in range(i + 1, n) if perm[j] < perm[i]], default=0)
    return tuple(a), sum(b)


def best_sums_by_profile(n):
    """Every profile A of permutations of 1..n -> (largest sum of B, permutations reaching it)."""
    best = defaultdict(lambda: (-1, []))
    for perm in itertools.permutations(range(1, n + 1)):
        a, total = profiles(perm)
        if total > best[a][0]:
            best[a] = (total, [list(perm)])
        elif total == best[a][0]:
            best[a][1].append(list(perm))
    return best


@pytest.mark.parametrize("n", range(1, 8))
def test_construction_is_optimal_for_every_profile(n):
    for profile, (total, _) in best_sums_by_profile(n).items():
        perm = best_permutation_for_profile(list(profile))
        assert profiles(perm) == (profile, total)


def test_every_optimal_permutation_is_accepted_and_nothing_else():
    table = best_sums_by_profile(6)
    rng = random.Random(0)
    for profile in rng.sample(sorted(table), 6):
        total, winners = table[profile]
        inst = {"profile": list(profile), "best_sum": total}
        for perm in itertools.permutations(range(1, 7)):
            v = ENV.check(inst, list(perm), None)
            assert v.correct == (list(perm) in winners)
        assert len(winners) >= 1


@pytest.mark.parametrize("difficulty", (0, 3, 10))
def test_generated_instances_verify_their_reference(difficulty):
    for seed in range(10):
        problem = ENV.generate(difficulty, seed)
        perm = [int(t) for t in problem.answer.split()]
        a, total = profiles(perm)
        assert list(a) == problem.instance["profile"] and total == problem.instance["best_sum"]
        assert ENV.verify(problem, f"<answer>{problem.answer}</answer>").correct


def test_prompt_example_and_wrong_answers():
    assert profiles([2, 3, 1]) == ((1, 2, 1), 5)
    inst = {"profile": [1, 2, 1], "best_sum": 5}
    assert ENV.check(inst, [2, 3, 1], None).correct
    assert "does not have the given array" in ENV.check(inst, [1, 2, 3], None).reason
    assert "more than once" in ENV.check(inst, [1, 1, 2], None).reason
    problem = ENV.generate(1, 1)
    for text in ("", "1 2", "x " * 10):
        v = ENV.verify(problem, f"<answer>{text}</answer>")
        assert not v.correct and not v.format_ok
