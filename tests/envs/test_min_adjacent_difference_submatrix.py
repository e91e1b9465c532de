"""MinAdjacentDifferenceSubmatrix: the row-set x column-DP search against every choice."""

from __future__ import annotations

import itertools
import random

import pytest

import rlve_gym
from rlve_gym.envs.dp_optimization.min_adjacent_difference_submatrix import smoothest_submatrix

ENV = rlve_gym.make("MinAdjacentDifferenceSubmatrix")


def roughness_by_cells(matrix, rows, columns):
    """Build the submatrix and add |differences| of right and down neighbours (1-based input)."""
    sub = [[matrix[r - 1][c - 1] for c in columns] for r in rows]
    total = 0
    for i, line in enumerate(sub):
        for j, x in enumerate(line):
            if j + 1 < len(line):
                total += abs(x - line[j + 1])
            if i + 1 < len(sub):
                total += abs(x - sub[i + 1][j])
    return total


def every_choice(inst):
    n, m = len(inst["matrix"]), len(inst["matrix"][0])
    for rows in itertools.combinations(range(1, n + 1), inst["keep_rows"]):
        for columns in itertools.combinations(range(1, m + 1), inst["keep_columns"]):
            yield rows, columns


def small_instance(seed, rows, columns, max_entry):
    return ENV.generate_instance(
        random.Random(seed), {"rows": rows, "columns": columns, "max_entry": max_entry}
    )


@pytest.mark.parametrize("rows,columns,max_entry", [(4, 5, 9), (5, 6, 30), (6, 7, 20)])
def test_optimum_and_reference_match_every_choice(rows, columns, max_entry):
    for seed in range(12):
        inst = small_instance(seed, rows, columns, max_entry)
        best = min(roughness_by_cells(inst["matrix"], r, c) for r, c in every_choice(inst))
        assert inst["best_roughness"] == best
        answer = ENV.solve(inst)
        r = inst["keep_rows"]
        assert roughness_by_cells(inst["matrix"], answer[:r], answer[r:]) == best


@pytest.mark.parametrize("seed", range(3))
def test_exactly_the_smoothest_choices_are_accepted(seed):
    inst = small_instance(seed, 5, 6, 3)  # entries 1..3: many ties
    accepted = 0
    for rows, columns in every_choice(inst):
        v = ENV.check(inst, list(rows + columns), None)
        assert v.correct == (
            roughness_by_cells(inst["matrix"], rows, columns) == inst["best_roughness"]
        )
        accepted += v.correct
    assert accepted >= 1


def test_constant_matrix_has_zero_roughness_and_a_line_of_steps_keeps_neighbours():
    assert smoothest_submatrix([[7] * 5 for _ in range(4)], 2, 3)[0] == 0
    steps = [[10 * r + c for c in range(6)] for r in range(4)]
    best, rows, columns = smoothest_submatrix(steps, 2, 3)
    assert best == 2 * 2 + 3 * 10 and rows[1] - rows[0] == 1 and columns[-1] - columns[0] == 2


def test_out_of_order_out_of_range_and_malformed_answers():
    problem = ENV.generate(2, 1)
    inst = problem.instance
    r, c = inst["keep_rows"], inst["keep_columns"]
    n, m = len(inst["matrix"]), len(inst["matrix"][0])
    verdict = lambda text: ENV.verify(problem, f"<answer>{text}</answer>")  # noqa: E731
    rows = list(range(1, r + 1))
    columns = list(range(1, c + 1))
    assert "strictly increasing" in verdict(" ".join(map(str, rows[::-1] + columns))).reason
    assert "strictly increasing" in verdict(" ".join(map(str, rows + columns[::-1]))).reason
    assert "outside" in verdict(" ".join(map(str, rows[:-1] + [n + 1] + columns))).reason
    assert "outside" in verdict(" ".join(map(str, rows + columns[:-1] + [m + 1]))).reason
    assert not verdict(" ".join(map(str, rows + columns[:-1]))).format_ok
    assert not verdict("2 4 1 3").format_ok  # the example never has the right length
    assert ENV.verify(problem, problem.reference_response()).correct
