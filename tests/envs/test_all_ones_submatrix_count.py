"""AllOnesSubmatrixCount: the stack count against checking every rectangle cell by cell."""

from __future__ import annotations

import random

import pytest

import rlve_gym
from rlve_gym.envs.sequence_array.all_ones_submatrix_count import count_all_ones_blocks

from ._subarrays import assert_close_and_malformed_answers_rejected, rectangles

ENV = rlve_gym.make("AllOnesSubmatrixCount")


def brute_force(rows):
    return sum(
        all(rows[r][c] == "1" for r in range(top, bottom + 1) for c in range(left, right + 1))
        for top, bottom, left, right in rectangles(len(rows), len(rows[0]))
    )


@pytest.mark.parametrize("height", (1, 2, 3, 5))
def test_solver_matches_brute_force_on_random_grids(height):
    rng = random.Random(height)
    for _ in range(80):
        width = rng.randint(1, 6)
        density = rng.random()
        rows = [
            "".join("1" if rng.random() < density else "0" for _ in range(width))
            for _ in range(height)
        ]
        assert count_all_ones_blocks(rows) == brute_force(rows)


def test_generated_references_match_brute_force():
    for d in (0, 1, 3, 8, 14):
        for seed in range(15):
            problem = ENV.generate(d, seed)
            assert int(problem.answer) == brute_force(problem.instance["rows"])


def test_edge_cases():
    assert count_all_ones_blocks(["11", "01"]) == 5  # the prompt's example
    assert count_all_ones_blocks(["000", "000"]) == 0
    assert count_all_ones_blocks(["111", "111"]) == 3 * 6  # all R(R+1)/2 * C(C+1)/2 blocks
    assert count_all_ones_blocks(["1"]) == 1


def test_close_and_malformed_answers_are_rejected():
    problem = ENV.generate(2, 5)
    ref = int(problem.answer)
    close = (str(ref + 1), str(ref - 1))
    assert_close_and_malformed_answers_rejected(ENV, problem, close, ("", "1 2", "many"))
