"""SquareRotationPuzzle: all move sequences replayed with numpy.rot90 on tiny puzzles."""

from __future__ import annotations

import itertools
import random
from collections import deque

import numpy as np
import pytest

import rlve_gym
from rlve_gym.envs.grid_puzzle.square_rotation_puzzle import format_moves, rotate_block

ENV = rlve_gym.make("SquareRotationPuzzle")


def rot90_replay(start, moves, side):
    grid = np.array(start)
    for r, c in moves:
        block = grid[r - 1 : r - 1 + side, c - 1 : c - 1 + side]
        grid[r - 1 : r - 1 + side, c - 1 : c - 1 + side] = np.rot90(block, -1)  # clockwise
    return grid.tolist()


def places(inst):
    side = inst["side"]
    return [
        (r, c)
        for r in range(1, len(inst["start"]) - side + 2)
        for c in range(1, len(inst["start"][0]) - side + 2)
    ]


def shortest_solution_length(inst):
    first = tuple(map(tuple, inst["start"]))
    goal = tuple(map(tuple, inst["target"]))
    depth = {first: 0}
    queue = deque([first])
    while queue:
        state = queue.popleft()
        if state == goal:
            return depth[state]
        for move in places(inst):
            nxt = tuple(map(tuple, rot90_replay(state, [move], inst["side"])))
            if nxt not in depth:
                depth[nxt] = depth[state] + 1
                queue.append(nxt)
    return None


def test_rotation_directions_match_numpy_and_the_prompt_example():
    grid = [[1, 2], [3, 4]]
    rotate_block(grid, 0, 0, 2, clockwise=True)
    assert grid == [[3, 1], [4, 2]]
    rotate_block(grid, 0, 0, 2, clockwise=False)
    assert grid == [[1, 2], [3, 4]]
    big = [list(range(r * 5, r * 5 + 5)) for r in range(5)]
    expected = rot90_replay(big, [(2, 1)], 3)
    rotate_block(big, 1, 0, 3, clockwise=True)
    assert big == expected


@pytest.mark.parametrize("shape", [(2, 3, 2), (3, 3, 2), (3, 4, 3)])
def test_checker_accepts_exactly_the_sequences_that_reach_the_target(shape):
    rows, cols, side = shape
    sizes = {"rows": rows, "cols": cols, "side": side, "max_moves": 3}
    for seed in range(3):
        instance = ENV.generate_instance(random.Random(seed), sizes)
        moves = places(instance) + [(rows - side + 2, 1)]  # the last one does not fit
        accepted = 0
        for length in range(5):
            for sequence in itertools.product(moves, repeat=length):
                fits = all(m in places(instance) for m in sequence)
                expected = (
                    fits
                    and length <= 3
                    and rot90_replay(instance["start"], sequence, side) == instance["target"]
                )
                parsed = ENV.parse(format_moves(list(sequence)), instance)
                assert ENV.check(instance, parsed, None).correct == expected, sequence
                accepted += expected
        assert accepted >= 1


@pytest.mark.parametrize("difficulty", (0, 1, 2))
def test_planted_puzzles_are_solvable_within_the_limit(difficulty):
    for seed in range(8):
        problem = ENV.generate(difficulty, seed)
        inst = problem.instance
        assert 1 <= shortest_solution_length(inst) <= inst["max_moves"]
        moves = ENV.parse(problem.answer, inst)
        assert len(moves) == inst["max_moves"]
        assert rot90_replay(inst["start"], moves, inst["side"]) == inst["target"]


def test_reasons_and_malformed_answers():
    problem = ENV.generate(12, 2)
    assert problem.instance["side"] == 3
    assert ENV.verify(problem, f"<answer>{problem.answer}</answer>").correct
    assert "does not fit" in ENV.verify(problem, "<answer>9 9</answer>").reason
    assert "not the target" in ENV.verify(problem, "<answer>1 1</answer>").reason
    too_many = ", ".join(["1 1"] * (problem.instance["max_moves"] + 1))
    assert "more than" in ENV.verify(problem, f"<answer>{too_many}</answer>").reason
    for bad in ("1 2 3", "a b", "(1, 2) (2"):
        assert not ENV.verify(problem, f"<answer>{bad}</answer>").format_ok
