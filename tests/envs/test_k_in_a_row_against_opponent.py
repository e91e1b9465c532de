"""KInARowAgainstOpponent: a plain memoised minimax over board strings (its own line finder, no
threat pruning, no bit masks) proves every start position won in exactly `win_moves` moves with
a single first move that wins within the turn limit, and each scripted move on the way keeps
the win; the opponent takes wins, blocks single threats, and plays exactly inside its horizon;
illegal and malformed moves cost a turn and change nothing."""

from __future__ import annotations

import json
import random
from functools import cache

import pytest

import rlve_gym
from rlve_gym.answers import ParseError
from rlve_gym.envs.interactive.k_in_a_row_against_opponent import (
    KInARowAgainstOpponent,
    geometry,
)
from rlve_gym.interactive import _Run

ENV = rlve_gym.make("KInARowAgainstOpponent")
SIDE, K = 5, 4


def windows() -> list[list[int]]:
    out = []
    for r in range(SIDE):
        for c in range(SIDE):
            for dr, dc in ((0, 1), (1, 0), (1, 1), (1, -1)):
                cells = [(r + dr * t, c + dc * t) for t in range(K)]
                if all(0 <= a < SIDE and 0 <= b < SIDE for a, b in cells):
                    out.append([a * SIDE + b for a, b in cells])
    return out


WINDOWS = windows()


def has_line(board: str, stone: str) -> bool:
    return any(all(board[i] == stone for i in w) for w in WINDOWS)


def put(board: str, cell: int, stone: str) -> str:
    return board[:cell] + stone + board[cell + 1 :]


@cache
def x_wins_within(board: str, moves: int) -> bool:
    """X to move completes a line within ``moves`` of its own moves, whatever O replies."""
    if moves == 0:
        return False
    for cell in (i for i, s in enumerate(board) if s == "."):
        after = put(board, cell, "X")
        if has_line(after, "X"):
            return True
        replies = [i for i, s in enumerate(after) if s == "."]
        if (
            moves > 1
            and replies
            and all(
                not has_line(put(after, r, "O"), "O")
                and x_wins_within(put(after, r, "O"), moves - 1)
                for r in replies
            )
        ):
            return True
    return False


def first_moves_winning_within(board: str, moves: int) -> list[int]:
    out = []
    for cell in (i for i, s in enumerate(board) if s == "."):
        after = put(board, cell, "X")
        replies = [i for i, s in enumerate(after) if s == "."]
        if has_line(after, "X") or (
            moves > 1
            and replies
            and all(
                not has_line(put(after, r, "O"), "O")
                and x_wins_within(put(after, r, "O"), moves - 1)
                for r in replies
            )
        ):
            out.append(cell)
    return out


def test_the_board_has_the_28_lines_of_4_on_5_by_5():
    assert len(WINDOWS) == 28 == len(geometry(5, 5, 4).lines)


@pytest.mark.parametrize("difficulty", [0, 3, 4, 10])
def test_start_positions_are_won_in_exactly_win_moves_with_one_right_first_move(difficulty):
    target = ENV.schedule(difficulty)["win_moves"]
    for seed in range({0: 6, 3: 4, 4: 2, 10: 1}[difficulty]):
        instance = ENV.generate(difficulty, seed).instance
        board = instance["position"]
        assert board.count("X") == board.count("O") and not has_line(board, "X")
        assert not has_line(board, "O")
        assert x_wins_within(board, target) and not x_wins_within(board, target - 1)
        assert len(first_moves_winning_within(board, instance["turn_limit"])) == 1
        assert instance["turn_limit"] == target + 1


@pytest.mark.parametrize("difficulty", [0, 2, 5, 8])
def test_scripted_moves_keep_the_win_until_it_is_done(difficulty):
    for seed in range(4 if difficulty < 4 else 2):
        problem = ENV.generate(difficulty, seed)
        run = _Run(ENV, problem.instance)
        for action in json.loads(problem.answer):
            board = run.state["position"]
            left = run.limit - len(run.actions)
            cell = ENV.parse_action(action, problem.instance)[0]
            assert cell in first_moves_winning_within(board, left), (board, action)
            run.act(action)
        assert run.solved


def test_the_opponent_takes_a_win_and_blocks_a_single_threat_at_level_0():
    instance = {**ENV.generate(0, 0).instance, "horizon": 0}
    # O can win at e1; X threatens a5 too: winning comes first
    board = "OOO.." + "XXX.." + "....." + "X...." + "....."
    assert ENV.opponent_move(instance, board)[0] == 3
    # X threatens d2 (row 2); O has nothing: O blocks
    board = "O.O.." + "XXX.." + "....." + "O...." + "....."
    assert ENV.opponent_move(instance, board)[0] == 8


@cache
def o_holds(board: str) -> bool:
    """O to move avoids losing (plain minimax)."""
    empties = [i for i, s in enumerate(board) if s == "."]
    if not empties:
        return True
    for cell in empties:
        after = put(board, cell, "O")
        if has_line(after, "O") or not x_forces(after):
            return True
    return False


@cache
def x_forces(board: str) -> bool:
    empties = [i for i, s in enumerate(board) if s == "."]
    for cell in empties:
        after = put(board, cell, "X")
        if has_line(after, "X") or (len(empties) > 1 and not o_holds(after)):
            return True
    return False


def test_inside_its_horizon_the_opponent_never_gives_up_a_defensible_position():
    rng = random.Random(3)
    instance = {**ENV.generate(0, 0).instance, "horizon": 25}
    checked = 0
    while checked < 25:
        cells = rng.sample(range(25), 17)
        board = ["."] * 25
        for i, cell in enumerate(cells):
            board[cell] = "X" if i % 2 == 0 else "O"  # X has one stone more: O to move
        board = "".join(board)
        if has_line(board, "X") or has_line(board, "O") or not o_holds(board):
            continue
        reply = put(board, ENV.opponent_move(instance, board)[0], "O")
        assert has_line(reply, "O") or not x_forces(reply), board
        checked += 1


@pytest.mark.parametrize("empty", [9, 11])
def test_the_fallback_position_is_legal_and_won(empty):
    board = geometry(5, 5, 4)
    mine, theirs = KInARowAgainstOpponent._fallback(board, (25 - empty) // 2)
    text = KInARowAgainstOpponent._board_text(board, mine, theirs)
    assert text.count("X") == text.count("O") == (25 - empty) // 2
    assert not has_line(text, "X") and not has_line(text, "O") and x_wins_within(text, 1)


def test_illegal_and_malformed_moves_cost_a_turn_and_change_nothing():
    problem = ENV.generate(0, 2)
    board = problem.instance["position"]
    taken = board.index("O")
    name = f"{'abcde'[taken % 5]}{taken // 5 + 1}"
    run = _Run(ENV, problem.instance)
    for action, said in [
        (f"play {name}", "is taken"),
        ("play f1", "off the board"),
        ("play a6", "off the board"),
        ("play a0", "off the board"),
    ]:
        feedback = run.act(action)
        assert said in feedback and run.state["position"] == board, action
    assert run.done and not run.solved  # four wasted turns: the limit is reached


@pytest.mark.parametrize(
    "text", ["", "play", "play b", "play 2b", "play b2 c3", "put b2", "play b99999", "play é2"]
)
def test_parse_rejects_malformed_moves(text):
    with pytest.raises(ParseError):
        ENV.parse_action(text, ENV.generate(0, 0).instance)
