"""RowEndCaptureAgainstOpponent: an exhaustive game-tree search on short rows (no tables) checks
the interval table; a memoised search over the remaining stones themselves proves the start
positions won by a small margin; a second simulator, with the opponent's look-ahead written as
plain recursion, replays the reference games; illegal and malformed moves cost a turn."""

from __future__ import annotations

import json
import random
from functools import cache

import pytest

import rlve_gym
from rlve_gym.answers import ParseError
from rlve_gym.envs.interactive.row_end_capture_against_opponent import best_differences
from rlve_gym.interactive import _Run

ENV = rlve_gym.make("RowEndCaptureAgainstOpponent")


def options(row: tuple[int, ...], reach: int):
    """(name, points, rest) for every capture, in the order left 1..reach, right 1..reach."""
    most = min(reach, len(row))
    for t in range(1, most + 1):
        yield f"take {t} from left", sum(row[:t]), row[t:]
    for t in range(1, most + 1):
        yield f"take {t} from right", sum(row[-t:]), row[:-t]


def exhaustive(row: tuple[int, ...], reach: int) -> int:
    """Best score difference for the player to move, by trying every game (no memo)."""
    if not row:
        return 0
    return max(points - exhaustive(rest, reach) for _, points, rest in options(row, reach))


@cache
def remembered(row: tuple[int, ...], reach: int) -> int:
    if not row:
        return 0
    return max(points - remembered(rest, reach) for _, points, rest in options(row, reach))


def test_interval_table_matches_an_exhaustive_search_on_short_rows():
    rng = random.Random(5)
    for _ in range(60):
        row = tuple(rng.randint(-9, 9) for _ in range(rng.randint(1, 8)))
        reach = rng.randint(1, 3)
        table = best_differences(row, reach)
        assert table[0][len(row)] == exhaustive(row, reach)
        for i in range(len(row) + 1):
            for j in range(i, len(row) + 1):
                assert table[i][j] == remembered(row[i:j], reach)


@pytest.mark.parametrize("difficulty", [0, 1, 3, 6, 10])
def test_start_positions_are_won_by_a_small_margin_and_not_by_every_first_move(difficulty):
    for seed in range(15):
        instance = ENV.generate(difficulty, seed).instance
        row, reach = tuple(instance["values"]), instance["reach"]
        assert 0 < remembered(row, reach) <= ENV.schedule(difficulty)["max_value"]
        firsts = [points - remembered(rest, reach) > 0 for _, points, rest in options(row, reach)]
        assert 2 * sum(firsts) <= len(firsts)


def lookahead(row, reach, depth) -> int:
    if not row or depth == 0:
        return 0
    return max(
        points - lookahead(rest, reach, depth - 1) for _, points, rest in options(row, reach)
    )


def second_simulator(instance, actions):
    """The rules and the opponent as the docstring states them, written independently."""
    row, reach, depth = tuple(instance["values"]), instance["reach"], instance["depth"]
    mine = theirs = 0
    for turn, action in enumerate(actions, start=1):
        moves = {name: (points, rest) for name, points, rest in options(row, reach)}
        points, row = moves[action]
        mine += points
        if not row:
            return ("won" if mine > theirs else "not won"), turn
        scored = [
            (
                points
                - (
                    remembered(rest, reach)
                    if depth >= len(row)
                    else lookahead(rest, reach, depth - 1)
                ),
                -k,
                rest,
                points,
            )
            for k, (_, points, rest) in enumerate(options(row, reach))
        ]
        _, _, row, points = max(scored)
        theirs += points
        if not row:
            return ("won" if mine > theirs else "not won"), turn
    return "unfinished", len(actions)


@pytest.mark.parametrize("difficulty", [0, 1, 2, 4, 6, 8, 12])
def test_reference_games_replay_in_a_second_simulator(difficulty):
    for seed in range(5):
        problem = ENV.generate(difficulty, seed)
        actions = json.loads(problem.answer)
        outcome, turns = second_simulator(problem.instance, actions)
        assert outcome == "won" and turns == len(actions) <= problem.instance["turn_limit"]


def test_the_final_tally_decides_and_a_draw_is_not_a_win():
    instance = {**ENV.generate(0, 0).instance, "values": [5, 5], "position": [0, 2, 0, 0]}
    state = ENV.initial_state(instance)
    outcome = ENV.apply(instance, state, ENV.parse_action("take 1 from left", instance))
    assert outcome.over and not outcome.solved and "draw" in outcome.feedback
    state = ENV.initial_state(instance)
    outcome = ENV.apply(instance, state, ENV.parse_action("take 2 from right", instance))
    assert outcome.solved and "10 points to 0" in outcome.feedback


def test_illegal_and_malformed_moves_cost_a_turn_and_change_nothing():
    problem = ENV.generate(0, 3)
    run = _Run(ENV, problem.instance)
    start = list(run.state["position"])
    for action, said in [
        ("take 3 from left", "captures 1 to 2"),
        ("take 0 from right", "captures 1 to 2"),
        ("take 1 from middle", "Malformed"),
        ("take 1 left", "Malformed"),
        ("take -1 from left", "Malformed"),
    ]:
        feedback = run.act(action)
        assert said in feedback and run.state["position"] == start, action
    short = {**problem.instance, "values": [3, -2, 4], "position": [2, 3, 0, 0]}
    assert "only 1 stones are left" in _Run(ENV, short).act("take 2 from left")


@pytest.mark.parametrize(
    "text", ["", "left", "take 1 from", "take one from left", "take 1 from left now"]
)
def test_parse_rejects_malformed_moves(text):
    with pytest.raises(ParseError):
        ENV.parse_action(text, ENV.generate(0, 0).instance)
