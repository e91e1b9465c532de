"""SlidingTilePuzzle: every move string up to the limit replayed independently on tiny puzzles."""

from __future__ import annotations

import itertools
import random
from collections import deque

import pytest

import rlve_gym

ENV = rlve_gym.make("SlidingTilePuzzle")
STEP = {"U": -1, "D": 1}  # row steps; L and R are column steps


def replay(start, moves):
    """Flat-tuple replay: the blank's index moves by +-1 or +-cols; None when it leaves."""
    rows, cols = len(start), len(start[0])
    cells = [v for row in start for v in row]
    at = cells.index(0)
    for m in moves:
        r, c = divmod(at, cols)
        if m in STEP:
            r += STEP[m]
        else:
            c += 1 if m == "R" else -1
        if not (0 <= r < rows and 0 <= c < cols):
            return None
        to = r * cols + c
        cells[at], cells[to] = cells[to], cells[at]
        at = to
    return tuple(cells)


def shortest_solution_length(start, target):
    """Breadth-first search over whole-grid states (tuples), from the start to the target."""
    cols = len(start[0])
    goal = tuple(v for row in target for v in row)
    first = tuple(v for row in start for v in row)
    depth = {first: 0}
    queue = deque([first])
    while queue:
        state = queue.popleft()
        if state == goal:
            return depth[state]
        grid = [list(state[i : i + cols]) for i in range(0, len(state), cols)]
        for m in "UDLR":
            nxt = replay(grid, m)
            if nxt is not None and nxt not in depth:
                depth[nxt] = depth[state] + 1
                queue.append(nxt)
    return None


@pytest.mark.parametrize("shape", [(2, 2), (2, 3), (3, 3)])
def test_checker_accepts_exactly_the_strings_that_reach_the_target(shape):
    rows, cols = shape
    for seed in range(3):
        instance = ENV.generate_instance(
            random.Random(seed), {"rows": rows, "cols": cols, "max_moves": 5}
        )
        goal = tuple(v for row in instance["target"] for v in row)
        accepted = 0
        for length in range(0, 7):
            for letters in itertools.product("UDLR", repeat=length):
                moves = "".join(letters)
                expected = length <= 5 and replay(instance["start"], moves) == goal
                assert ENV.check(instance, moves, None).correct == expected, moves
                accepted += expected
        assert accepted >= 1
        assert ENV.check(instance, ENV.solve(instance), None).correct


@pytest.mark.parametrize("difficulty", (0, 1, 2))
def test_planted_puzzles_are_solvable_within_the_limit_but_not_trivially(difficulty):
    for seed in range(15):
        problem = ENV.generate(difficulty, seed)
        inst = problem.instance
        shortest = shortest_solution_length(inst["start"], inst["target"])
        assert 1 <= shortest <= inst["max_moves"] == len(problem.answer)
        assert replay(inst["start"], problem.answer) == tuple(v for r in inst["target"] for v in r)


def test_reasons_for_wrong_answers():
    problem = ENV.generate(3, 1)
    limit = problem.instance["max_moves"]
    assert "more than" in ENV.verify(problem, f"<answer>{'UD' * limit}</answer>").reason
    assert "not the target" in ENV.verify(problem, "<answer></answer>").reason
    r, c = next(
        (r, c)
        for r, row in enumerate(problem.instance["start"])
        for c, v in enumerate(row)
        if v == 0
    )
    off = "U" * (r + 1)
    assert "off the grid" in ENV.verify(problem, f"<answer>{off}</answer>").reason
    for bad in ("up", "U D X", "1 2"):
        assert not ENV.verify(problem, f"<answer>{bad}</answer>").format_ok
    spaced = " ".join(problem.answer.lower())
    assert ENV.verify(problem, f"<answer>{spaced}</answer>").correct
