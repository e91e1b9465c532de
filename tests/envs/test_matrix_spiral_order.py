"""MatrixSpiralOrder: the ring-by-ring reader against a walker that turns right at walls."""

from __future__ import annotations

import random

import pytest

import rlve_gym
from rlve_gym.envs.sequence_array.matrix_spiral_order import spiral_order

ENV = rlve_gym.make("MatrixSpiralOrder")


def spiral_by_walking(matrix):
    """Walk right/down/left/up, turning clockwise whenever the next cell is outside or visited."""
    rows, cols = len(matrix), len(matrix[0])
    seen = [[False] * cols for _ in range(rows)]
    steps = [(0, 1), (1, 0), (0, -1), (-1, 0)]
    r = c = heading = 0
    out = []
    for _ in range(rows * cols):
        out.append(matrix[r][c])
        seen[r][c] = True
        for turn in range(4):
            dr, dc = steps[(heading + turn) % 4]
            if 0 <= r + dr < rows and 0 <= c + dc < cols and not seen[r + dr][c + dc]:
                heading = (heading + turn) % 4
                r, c = r + dr, c + dc
                break
    return out


def verdict(problem, text):
    return ENV.verify(problem, f"<answer>{text}</answer>")


@pytest.mark.parametrize("rows", range(1, 7))
def test_reader_matches_walker_for_every_shape(rows):
    rng = random.Random(rows)
    for cols in range(1, 8):
        matrix = [[rng.randint(0, 9) for _ in range(cols)] for _ in range(rows)]
        assert spiral_order(matrix) == spiral_by_walking(matrix)
        labelled = [[r * cols + c for c in range(cols)] for r in range(rows)]
        assert sorted(spiral_order(labelled)) == list(range(rows * cols))  # each entry once


def test_known_small_spirals():
    assert spiral_order([[1, 2], [3, 4]]) == [1, 2, 4, 3]
    assert spiral_order([[1, 2, 3], [4, 5, 6], [7, 8, 9]]) == [1, 2, 3, 6, 9, 8, 7, 4, 5]
    assert spiral_order([[1], [2], [3]]) == [1, 2, 3]
    assert spiral_order([[1, 2, 3]]) == [1, 2, 3]


def test_generated_references_match_walker():
    for d in (0, 1, 2, 5, 12, 30):
        for seed in range(20):
            problem = ENV.generate(d, seed)
            assert problem.answer == " ".join(
                map(str, spiral_by_walking(problem.instance["matrix"]))
            )


def test_other_readings_are_wrong():
    problem = ENV.generate(6, 3)
    matrix = problem.instance["matrix"]
    ref = [int(t) for t in problem.answer.split()]
    row_by_row = [v for row in matrix for v in row]
    counter_clockwise = [v for row in zip(*matrix, strict=True) for v in row]
    for answer in (row_by_row, counter_clockwise, ref[::-1]):
        if answer != ref:
            v = verdict(problem, " ".join(map(str, answer)))
            assert not v.correct and v.format_ok and "spiral is wrong" in v.reason
    v = verdict(problem, " ".join(map(str, ref[:-1])))
    assert not v.correct and "expected all" in v.reason


def test_malformed_answers_are_format_failures():
    problem = ENV.generate(0, 1)
    for text in ("", "1 x 3", " ".join(["11"] * 30)):
        v = verdict(problem, text)
        assert not v.correct and not v.format_ok
