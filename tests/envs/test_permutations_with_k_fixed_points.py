"""PermutationsWithKFixedPoints: C(N, M) * D(N - M) against counting fixed points directly."""

from __future__ import annotations

import random
from collections import Counter
from itertools import permutations

import pytest

import rlve_gym
from rlve_gym.kernels.combinatorics import FactorialTable, binomial_mod, derangement_numbers

ENV = rlve_gym.make("PermutationsWithKFixedPoints")
MOD = 1_000_000_007


def fixed_point_counts(n: int) -> Counter:
    return Counter(sum(p[i] == i for i in range(n)) for p in permutations(range(n)))


@pytest.mark.parametrize("n", range(0, 8))
def test_solver_matches_enumeration_for_every_m(n):
    brute = fixed_point_counts(n)
    for m in range(n + 1):
        assert ENV.solve({"length": n, "fixed_points": m, "modulus": MOD}) == brute[m]


def test_small_generated_instances_match_enumeration():
    rng = random.Random(9)
    cache = {}
    for _ in range(40):
        inst = ENV.generate_instance(rng, {"max_length": 8})
        n = inst["length"]
        cache.setdefault(n, fixed_point_counts(n))
        assert ENV.solve(inst) == cache[n][inst["fixed_points"]] % inst["modulus"]


def test_level_zero_answers_spread():
    """Regression: with N fixed per level one count answered over a third of level 0."""
    answers = Counter(ENV.generate(difficulty=0, seed=seed).answer for seed in range(100))
    assert answers.most_common(1)[0][1] <= 4 and all(int(a) > 1 for a in answers)


def test_derangement_numbers_edge_cases():
    assert derangement_numbers(0) == [1]
    assert derangement_numbers(1) == [1, 0]
    assert derangement_numbers(6) == [1, 0, 1, 2, 9, 44, 265]
    assert derangement_numbers(6, 7) == [1, 0, 1, 2, 2, 2, 6]


def test_factorial_table_and_lucas_binomials_agree_with_exact_values():
    from math import comb

    table = FactorialTable(50, MOD)
    for n in range(51):
        for k in range(-1, n + 2):
            expected = comb(n, k) % MOD if 0 <= k <= n else 0
            assert table.binomial(n, k) == expected
            assert binomial_mod(n, k, 7) == (comb(n, k) % 7 if 0 <= k <= n else 0)
    assert binomial_mod(7, 1, 7) == 0  # n equal to the prime
    assert binomial_mod(49, 7, 7) == comb(49, 7) % 7
    with pytest.raises(ValueError):
        FactorialTable(7, 7)


def test_large_level_uses_reduction():
    problem = ENV.generate(difficulty=20, seed=2)
    inst = problem.instance
    from math import comb

    n, m = inst["length"], inst["fixed_points"]
    exact = comb(n, m) * derangement_numbers(n - m)[n - m]
    assert int(problem.answer) == exact % inst["modulus"]
