"""LightsOutToggling: the fewest-press solution equals a brute force over every press set on small
boards, the quiet patterns found by light chasing match a full Gaussian elimination, the scripted
policy uses exactly the fewest presses, and the board shown after each press matches a second
simulator."""

from __future__ import annotations

import json

import pytest

import rlve_gym
from rlve_gym.envs.interactive.lights_out_toggling import (
    SLACK,
    board_after,
    fewest_presses,
    quiet_patterns,
)

ENV = rlve_gym.make("LightsOutToggling")


def toggled(rows, cols, grid, r, c):
    """Second simulator on a list-of-lists grid."""
    for dr, dc in ((0, 0), (1, 0), (-1, 0), (0, 1), (0, -1)):
        if 0 <= r + dr < rows and 0 <= c + dc < cols:
            grid[r + dr][c + dc] ^= 1
    return grid


def nullity_by_elimination(rows, cols):
    """Rank of the full RC x RC press matrix by plain Gaussian elimination over GF(2)."""
    cells = rows * cols
    matrix = []
    for cell in range(cells):
        grid = toggled(rows, cols, [[0] * cols for _ in range(rows)], cell // cols, cell % cols)
        matrix.append([grid[i // cols][i % cols] for i in range(cells)])
    rank = 0
    for column in range(cells):
        pivot = next((i for i in range(rank, cells) if matrix[i][column]), None)
        if pivot is None:
            continue
        matrix[rank], matrix[pivot] = matrix[pivot], matrix[rank]
        for i in range(cells):
            if i != rank and matrix[i][column]:
                matrix[i] = [a ^ b for a, b in zip(matrix[i], matrix[rank], strict=True)]
        rank += 1
    return cells - rank


@pytest.mark.parametrize(
    "rows,cols",
    [(1, 1), (2, 2), (2, 3), (3, 3), (4, 4), (4, 5), (5, 5), (5, 6), (7, 8), (9, 9), (6, 6)],
)
def test_quiet_patterns_match_full_elimination(rows, cols):
    patterns = quiet_patterns(rows, cols)
    assert len(patterns) == nullity_by_elimination(rows, cols)
    assert all(board_after(rows, cols, p) == 0 for p in patterns)
    span = {0}
    for p in patterns:
        span |= {s ^ p for s in span}
    assert len(span) == 2 ** len(patterns)  # independent


@pytest.mark.parametrize("rows,cols", [(2, 3), (3, 3), (3, 4), (4, 4)])
def test_fewest_presses_matches_brute_force_on_every_board(rows, cols):
    best_for_board = {}
    for presses in range(1 << (rows * cols)):
        board = board_after(rows, cols, presses)
        weight = presses.bit_count()
        if weight < best_for_board.get(board, rows * cols + 1):
            best_for_board[board] = weight
    seen = set()
    for presses in range(1 << (rows * cols)):
        board = board_after(rows, cols, presses)
        if board in seen:
            continue
        seen.add(board)
        best = fewest_presses(rows, cols, presses)
        assert board_after(rows, cols, best) == board
        assert best.bit_count() == best_for_board[board]


def test_policy_uses_exactly_the_fewest_presses_and_the_board_feedback_is_right():
    for d, seed in ((0, 0), (4, 1), (9, 2), (20, 3)):
        problem = ENV.generate(d, seed)
        instance = problem.instance
        rows, cols = instance["rows"], instance["cols"]
        actions = json.loads(problem.answer)
        assert len(actions) == instance["turn_limit"] - SLACK == len(instance["solution"])
        grid = [[int(ch) for ch in line] for line in instance["board"]]
        episode = ENV.start(problem)
        for action in actions:
            _, r, c = action.split()
            grid = toggled(rows, cols, grid, int(r) - 1, int(c) - 1)
            text = episode.step(f"<answer>{action}</answer>").observation
            if any(map(any, grid)):
                shown = text.split(":\n", 1)[1].split(" (")[0].split("\n")
                assert shown == ["".join(map(str, row)) for row in grid]
        assert episode.solved and not any(map(any, grid))


def test_bad_presses_cost_a_turn_and_a_double_press_undoes():
    problem = ENV.generate(0, 6)
    episode = ENV.start(problem)
    for action, said in (
        ("press 0 1", "no cell"),
        ("press 4 5", "no cell"),
        ("press 1", "Malformed"),
    ):
        result = episode.step(f"<answer>{action}</answer>")
        assert said in result.observation and not result.done
    first = episode.step("<answer>press 2 2</answer>").observation
    second = episode.step("<answer>press 2 2</answer>").observation
    assert first != second
    assert second.split(":\n", 1)[1].split(" (")[0].split("\n") == problem.instance["board"]
