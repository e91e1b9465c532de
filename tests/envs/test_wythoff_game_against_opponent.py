"""WythoffGameAgainstOpponent: a table of lost positions built by plain backward induction (no
golden ratio) checks the lost pairs and every winning move the environment finds, proves the
start positions won, and drives a second simulator that replays the reference games; any
winning play ends within the turn limit; illegal and malformed moves cost a turn."""

from __future__ import annotations

import json
import random

import pytest

import rlve_gym
from rlve_gym.answers import ParseError
from rlve_gym.envs.interactive.wythoff_game_against_opponent import (
    is_lost,
    partner,
    winning_moves,
)
from rlve_gym.interactive import _Run

ENV = rlve_gym.make("WythoffGameAgainstOpponent")
SIDE = 130


def options(x: int, y: int):
    """(stones, where, after) for every move: where 0 / 1 is a heap, "both" is both."""
    for s in range(1, x + 1):
        yield s, 0, (x - s, y)
    for s in range(1, y + 1):
        yield s, 1, (x, y - s)
    for s in range(1, min(x, y) + 1):
        yield s, "both", (x - s, y - s)


def build_lost_table(side: int) -> list[list[bool]]:
    """lost[x][y]: the player to move at (x, y) loses; filled in order of x + y."""
    lost = [[False] * (side + 1) for _ in range(side + 1)]
    for total in range(2 * side + 1):
        for x in range(max(0, total - side), min(total, side) + 1):
            y = total - x
            lost[x][y] = not any(lost[a][b] for _, _, (a, b) in options(x, y))
    return lost


LOST = build_lost_table(SIDE)


def test_lost_pairs_match_backward_induction():
    for x in range(SIDE + 1):
        for y in range(SIDE + 1):
            assert is_lost([x, y]) == LOST[x][y], (x, y)
            if LOST[x][y]:
                assert partner(x) == y


def test_winning_moves_are_exactly_the_moves_to_lost_positions():
    for x in range(70):
        for y in range(70):
            expected = {(s, w) for s, w, (a, b) in options(x, y) if LOST[a][b]}
            assert set(winning_moves([x, y])) == expected, (x, y)


def test_partner_is_an_involution_on_large_heaps():
    for heap in range(1, 200_000, 997):
        assert partner(partner(heap)) == heap != partner(heap)


@pytest.mark.parametrize("difficulty", [0, 2, 4])
def test_start_positions_are_won(difficulty):
    for seed in range(40):
        x, y = ENV.generate(difficulty, seed).instance["position"]
        assert not LOST[x][y]


def second_simulator(instance, actions):
    """The rules and the opponent as the docstring states them, with the lost table."""
    x, y = instance["position"]
    for turn, action in enumerate(actions, start=1):
        words = action.split()
        take = int(words[1])
        where = "both" if words[-1] == "both" else int(words[-1]) - 1
        moves = {(s, w): after for s, w, after in options(x, y)}
        x, y = moves[(take, where)]
        assert LOST[x][y], f"{action} does not reach a lost position"
        if x == y == 0:
            return "won", turn
        winning = [
            (s * (2 if w == "both" else 1), {"both": 0, 0: -1, 1: -2}[w], s, w)
            for s, w, (a, b) in options(x, y)
            if LOST[a][b]
        ]
        if winning and x + y <= instance["horizon"]:
            *_, take, where = max(winning)
        else:
            where = 0 if x >= y else 1
            take = ((x, y)[where] + 1) // 2
        x, y = {(s, w): after for s, w, after in options(x, y)}[(take, where)]
        if x == y == 0:
            return "lost", turn
    return "unfinished", len(actions)


@pytest.mark.parametrize("difficulty", [0, 1, 2, 3, 4])
def test_reference_games_replay_in_a_second_simulator(difficulty):
    for seed in range(8):
        problem = ENV.generate(difficulty, seed)
        actions = json.loads(problem.answer)
        outcome, turns = second_simulator(problem.instance, actions)
        assert outcome == "won" and turns == len(actions) <= problem.instance["turn_limit"]


@pytest.mark.parametrize("difficulty", [0, 3, 8, 20, 60])
def test_any_winning_play_ends_within_the_turn_limit(difficulty):
    for seed in range(10):
        problem = ENV.generate(difficulty, seed)
        rng = random.Random(seed)
        run = _Run(ENV, problem.instance)
        while not run.done:
            run.act(ENV.move_text(rng.choice(winning_moves(run.state["position"]))))
        assert run.solved, f"d={difficulty} seed={seed}: {run.actions}"


def test_illegal_and_malformed_moves_cost_a_turn_and_change_nothing():
    problem = ENV.generate(1, 2)
    x, y = heaps = problem.instance["position"]
    run = _Run(ENV, problem.instance)
    for action, said in [
        ("take 1 from heap 3", "no heap 3"),
        ("take 1 from heap 0", "no heap 0"),
        ("take 0 from both", "at least one stone"),
        (f"take {x + 1} from heap 1", "holds only"),
        (f"take {min(x, y) + 1} from both", "hold"),
        ("take 1 from both heaps", "Malformed"),
        ("take all from heap 1", "Malformed"),
        ("both", "Malformed"),
    ]:
        feedback = run.act(action)
        assert said in feedback and run.state["position"] == heaps, action
    assert not run.done


@pytest.mark.parametrize(
    "text", ["", "take 1", "take 1 from", "take 1 from heap", "take 1 from heap 1 both"]
)
def test_parse_rejects_malformed_moves(text):
    with pytest.raises(ParseError):
        ENV.parse_action(text, ENV.generate(0, 0).instance)
