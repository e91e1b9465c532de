"""DominatedRowsMatrixCounting: inclusion-exclusion and interpolation against every matrix."""

from __future__ import annotations

import random
from itertools import product

import pytest

import rlve_gym
from rlve_gym.envs.combinatorics_counting.dominated_rows_matrix_counting import count_score_matrices

ENV = rlve_gym.make("DominatedRowsMatrixCounting")
MOD = 1_000_000_007


def tally(students, limits):
    """Map (R tuple, K) -> number of matrices, by enumerating all of them."""
    counts: dict = {}
    cells = [range(1, u + 1) for _ in range(students) for u in limits]
    m = len(limits)
    for flat in product(*cells):
        rows = [flat[i * m : (i + 1) * m] for i in range(students)]
        above = tuple(sum(rows[i][j] > rows[0][j] for i in range(1, students)) for j in range(m))
        dominated = sum(all(rows[i][j] <= rows[0][j] for j in range(m)) for i in range(1, students))
        counts[above, dominated] = counts.get((above, dominated), 0) + 1
    return counts


@pytest.mark.parametrize(
    "students,limits", [(2, [2]), (2, [3, 2]), (3, [3]), (3, [2, 3]), (4, [2, 2]), (3, [1, 4])]
)
def test_formula_matches_enumeration_for_every_rank_pattern(students, limits):
    counts = tally(students, limits)
    for above in product(range(students), repeat=len(limits)):
        for dominated in range(students):
            expected = counts.get((above, dominated), 0)
            assert count_score_matrices(students, limits, list(above), dominated, MOD) == expected


def test_small_generated_instances_match_enumeration():
    for seed in range(6):
        sizes = {"students": 3, "courses": 2, "max_score": 3 + seed % 2}
        inst = ENV.generate_instance(random.Random(seed), sizes)
        counts = tally(inst["students"], inst["limits"])
        expected = counts[tuple(inst["above"]), inst["dominated"]] % inst["modulus"]
        assert ENV.solve(inst) == expected


def test_large_limits_use_the_polynomial():
    # one course, nobody above the reference: sum_x x^(N-1) for x <= U
    u = 10**9
    assert count_score_matrices(3, [u], [0], 2, MOD) == (u * (u + 1) * (2 * u + 1) // 6) % MOD


def test_prompt_example_is_true():
    assert tally(2, [2])[(0,), 1] == 3
