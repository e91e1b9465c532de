"""RowColumnShiftPuzzle: all move sequences replayed with numpy.roll on tiny puzzles."""

from __future__ import annotations

import itertools
import random
from collections import deque

import numpy as np
import pytest

import rlve_gym
from rlve_gym.envs.grid_puzzle.row_column_shift_puzzle import format_moves

ENV = rlve_gym.make("RowColumnShiftPuzzle")


def roll_replay(start, moves):
    grid = np.array(start)
    for kind, index, shift in moves:
        if kind == "row":
            grid[index - 1, :] = np.roll(grid[index - 1, :], shift)
        else:
            grid[:, index - 1] = np.roll(grid[:, index - 1], shift)
    return grid.tolist()


def all_moves(rows, cols, bound):
    shifts = [s for s in range(-bound, bound + 1) if s]
    return [("row", i, s) for i in range(1, rows + 1) for s in shifts] + [
        ("col", j, s) for j in range(1, cols + 1) for s in shifts
    ]


def shortest_solution_length(inst):
    """BFS over flat tuples; each move is precomputed (with numpy.roll) as a cell permutation."""
    rows, cols = len(inst["start"]), len(inst["start"][0])
    labels = [[r * cols + c for c in range(cols)] for r in range(rows)]
    perms = [
        [v for row in roll_replay(labels, [move]) for v in row]
        for move in all_moves(rows, cols, inst["max_shift"])
    ]
    first = tuple(v for row in inst["start"] for v in row)
    goal = tuple(v for row in inst["target"] for v in row)
    depth = {first: 0}
    queue = deque([first])
    while queue:
        state = queue.popleft()
        if state == goal:
            return depth[state]
        for perm in perms:
            nxt = tuple(state[p] for p in perm)
            if nxt not in depth:
                depth[nxt] = depth[state] + 1
                queue.append(nxt)
    return None


@pytest.mark.parametrize("shape", [(2, 2), (2, 3), (3, 3)])
def test_checker_accepts_exactly_the_sequences_that_reach_the_target(shape):
    rows, cols = shape
    sizes = {"rows": rows, "cols": cols, "max_shift": 1, "max_moves": 2}
    for seed in range(3):
        instance = ENV.generate_instance(random.Random(seed), sizes)
        moves = all_moves(rows, cols, 1) + [("row", rows + 1, 1), ("col", 1, 2)]
        accepted = 0
        for length in range(4):
            for sequence in itertools.product(moves, repeat=length):
                legal = all(
                    1 <= i <= (rows if k == "row" else cols) and abs(s) == 1 for k, i, s in sequence
                )
                expected = (
                    legal
                    and length <= 2
                    and roll_replay(instance["start"], sequence) == instance["target"]
                )
                parsed = ENV.parse(format_moves(list(sequence)), instance)
                assert ENV.check(instance, parsed, None).correct == expected, sequence
                accepted += expected
        assert accepted >= 1


@pytest.mark.parametrize("difficulty", (0, 1))
def test_planted_puzzles_are_solvable_within_the_limit(difficulty):
    for seed in range(6):
        problem = ENV.generate(difficulty, seed)
        inst = problem.instance
        assert 1 <= shortest_solution_length(inst) <= inst["max_moves"]
        moves = ENV.parse(problem.answer, inst)
        assert len(moves) == inst["max_moves"]
        assert roll_replay(inst["start"], moves) == inst["target"]


def test_larger_levels_verify_and_use_bigger_shifts():
    problem = ENV.generate(20, 4)
    assert problem.instance["max_shift"] == 3
    assert ENV.verify(problem, f"<answer>{problem.answer}</answer>").correct


def test_answer_spellings_reasons_and_malformed_answers():
    problem = ENV.generate(2, 5)
    lines = problem.answer.replace(", ", "\n").replace("col", "Column")
    assert ENV.verify(problem, f"<answer>{lines}</answer>").correct
    assert "no row 9" in ENV.verify(problem, "<answer>row 9 1</answer>").reason
    assert "shift 2" in ENV.verify(problem, "<answer>row 1 2</answer>").reason
    assert "not the target" in ENV.verify(problem, "<answer>row 1 1</answer>").reason
    for bad in ("row 1", "up 1 1", "row one 1", "row 1 1 1", "row 1 99999999"):
        assert not ENV.verify(problem, f"<answer>{bad}</answer>").format_ok
