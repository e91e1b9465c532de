"""SlidingWindowMaxPooling: the solver against a direct scan of every window; shape and cell errors."""

from __future__ import annotations

import random

import pytest

import rlve_gym
from rlve_gym.envs.linear_algebra.sliding_window_max_pooling import max_pool

ENV = rlve_gym.make("SlidingWindowMaxPooling")


def pooled_by_scanning(matrix, window):
    """Each output cell as the max over an explicit list of the window's cells."""
    rows, cols = len(matrix), len(matrix[0])
    out = []
    for top in range(rows - window + 1):
        line = []
        for left in range(cols - window + 1):
            cells = [
                matrix[r][c] for r in range(top, top + window) for c in range(left, left + window)
            ]
            line.append(sorted(cells)[-1])
        out.append(line)
    return out


@pytest.mark.parametrize("rows,cols", [(4, 4), (5, 7), (8, 6), (3, 9)])
def test_solver_matches_scanning_every_window(rows, cols):
    for seed in range(40):
        instance = ENV.generate_instance(
            random.Random(seed), {"rows": rows, "cols": cols, "max_value": 20}
        )
        assert ENV.solve(instance) == pooled_by_scanning(instance["matrix"], instance["window"])


def test_window_as_large_as_the_matrix_gives_its_maximum():
    matrix = [[3, 1, 4], [1, 5, 9], [2, 6, 5]]
    assert max_pool(matrix, 3) == [[9]]
    assert max_pool(matrix, 1) == matrix


def test_generated_problems_verify_and_shapes_hold():
    for d in (0, 3, 10):
        for seed in range(20):
            problem = ENV.generate(d, seed)
            inst = problem.instance
            assert (
                2 <= inst["window"] <= max(2, min(len(inst["matrix"]), len(inst["matrix"][0])) - 2)
            )
            assert ENV.verify(problem, f"<answer>{problem.answer}</answer>").correct
            assert len(problem.answer.splitlines()) >= 3


def test_one_wrong_cell_and_malformed_grids_are_rejected():
    problem = ENV.generate(4, 1)
    rows = [row.split() for row in problem.answer.splitlines()]
    rows[1][1] = str(int(rows[1][1]) + 1)
    v = ENV.verify(problem, "<answer>" + "\n".join(" ".join(r) for r in rows) + "</answer>")
    assert not v.correct and v.format_ok and "1 of the" in v.reason
    lines = problem.answer.splitlines()
    for text in (
        "\n".join(lines[:-1]),
        problem.answer + "\n1 2 3",
        lines[0] + " 7\n" + "\n".join(lines[1:]),
        "x",
    ):
        v = ENV.verify(problem, f"<answer>{text}</answer>")
        assert not v.correct and not v.format_ok
    assert not ENV.verify(problem, f"<answer>{ENV.answer_example}</answer>").format_ok


def test_a_copy_of_the_top_left_input_is_wrong():
    problem = ENV.generate(6, 3)
    inst = problem.instance
    out_rows = len(inst["matrix"]) - inst["window"] + 1
    out_cols = len(inst["matrix"][0]) - inst["window"] + 1
    copy = "\n".join(" ".join(map(str, row[:out_cols])) for row in inst["matrix"][:out_rows])
    assert not ENV.verify(problem, f"<answer>{copy}</answer>").correct
