"""DivisibleSumSubmatrixCount: the residue count against summing every rectangle directly."""

from __future__ import annotations

import random

import pytest

import rlve_gym
from rlve_gym.envs.sequence_array.divisible_sum_submatrix_count import count_divisible_blocks

from ._subarrays import assert_close_and_malformed_answers_rejected, rectangles

ENV = rlve_gym.make("DivisibleSumSubmatrixCount")


def brute_force(matrix, k):
    return sum(
        sum(matrix[r][c] for r in range(top, bottom + 1) for c in range(left, right + 1)) % k == 0
        for top, bottom, left, right in rectangles(len(matrix), len(matrix[0]))
    )


@pytest.mark.parametrize("height", (1, 2, 3, 5))
def test_solver_matches_brute_force_on_random_matrices(height):
    rng = random.Random(height)
    for _ in range(60):
        width = rng.randint(1, 6)
        k = rng.randint(1, 8)
        matrix = [[rng.randint(0, 12) for _ in range(width)] for _ in range(height)]
        assert count_divisible_blocks(matrix, k) == brute_force(matrix, k)


def test_generated_references_match_brute_force():
    for d in (0, 1, 3, 8):
        for seed in range(15):
            problem = ENV.generate(d, seed)
            inst = problem.instance
            assert 2 <= inst["modulus"] <= ENV.schedule(d)["max_side"] + 2
            assert int(problem.answer) == brute_force(inst["matrix"], inst["modulus"])


def test_edge_cases():
    assert count_divisible_blocks([[1, 2], [3, 4]], 3) == 3  # the prompt's example
    assert count_divisible_blocks([[0, 0], [0, 0]], 5) == 9  # every block sums to 0
    assert count_divisible_blocks([[7]], 7) == 1
    assert count_divisible_blocks([[1, 1, 1]], 2) == 2  # the two pairs


def test_close_and_malformed_answers_are_rejected():
    problem = ENV.generate(2, 5)
    ref = int(problem.answer)
    close = (str(ref + 1), str(ref - 1))
    assert_close_and_malformed_answers_rejected(ENV, problem, close, ("", "1 2", "many"))
