"""PermutationsWithKInversions: the Mahonian DP against counting inversions of every permutation."""

from __future__ import annotations

import random
from collections import Counter
from itertools import permutations

import pytest

import rlve_gym
from rlve_gym.envs.combinatorics_counting.permutations_with_k_inversions import (
    count_permutations_with_inversions,
)
from rlve_gym.kernels.combinatorics import inversion_counts

ENV = rlve_gym.make("PermutationsWithKInversions")


def brute_force_counts(n: int) -> Counter:
    def inversions(p):
        return sum(p[i] > p[j] for i in range(n) for j in range(i + 1, n))

    return Counter(inversions(p) for p in permutations(range(n)))


@pytest.mark.parametrize("n", range(0, 8))
def test_kernel_matches_enumeration_for_every_k(n):
    counts = inversion_counts(n)
    brute = brute_force_counts(n)
    assert len(counts) == max(n * (n - 1) // 2, 0) + 1
    assert counts == [brute[k] for k in range(len(counts))]


def test_kernel_reduces_modulo_a_small_prime():
    exact = inversion_counts(9)
    assert inversion_counts(9, 101) == [c % 101 for c in exact]
    assert sum(exact) == 362880


def test_solver_matches_enumeration_on_small_generated_instances():
    rng = random.Random(4)
    cache = {}
    for _ in range(40):
        inst = ENV.generate_instance(rng, {"max_length": 8})
        n = inst["length"]
        cache.setdefault(n, brute_force_counts(n))
        assert ENV.solve(inst) == cache[n][inst["inversions"]] % inst["modulus"]


def test_cut_row_matches_the_full_kernel_row():
    for n in range(0, 25):
        full = inversion_counts(n, 1_000_003)
        for k in range(len(full)):
            assert count_permutations_with_inversions(n, k, 1_000_003) == full[k], (n, k)


def test_known_values():
    # OEIS A008302 row 5: 1 4 9 15 20 22 20 15 9 4 1
    assert inversion_counts(5) == [1, 4, 9, 15, 20, 22, 20, 15, 9, 4, 1]
    inst = {"length": 5, "inversions": 5, "modulus": 1_000_000_007}
    assert ENV.solve(inst) == 22


def test_answers_are_reduced_at_high_difficulty():
    problem = ENV.generate(difficulty=25, seed=1)
    inst = problem.instance
    assert 0 <= int(problem.answer) < inst["modulus"]
    assert (
        int(problem.answer)
        == inversion_counts(inst["length"])[inst["inversions"]] % inst["modulus"]
    )


def test_checker_rejects_unreduced_and_wrong_answers():
    problem = ENV.generate(difficulty=15, seed=3)
    modulus = problem.instance["modulus"]
    ref = int(problem.answer)
    assert ENV.verify(problem, f"<answer>{ref}</answer>").correct
    unreduced = ENV.verify(problem, f"<answer>{ref + modulus}</answer>")
    assert not unreduced.correct and unreduced.format_ok and "remainder" in unreduced.reason
    assert not ENV.verify(problem, f"<answer>{(ref + 1) % modulus}</answer>").correct
    assert not ENV.verify(problem, "<answer>-3</answer>").correct
    malformed = ENV.verify(problem, "<answer>twelve</answer>")
    assert not malformed.format_ok


def test_k_is_never_an_extreme_with_count_one():
    for seed in range(60):
        inst = ENV.generate(difficulty=0, seed=seed).instance
        assert 1 <= inst["inversions"] <= inst["length"] * (inst["length"] - 1) // 2 - 1


def test_level_zero_answers_vary():
    """Regression: with N within two values one count answered a fifth of level 0."""
    answers = Counter(ENV.generate(difficulty=0, seed=seed).answer for seed in range(100))
    assert answers.most_common(1)[0][1] <= 4
