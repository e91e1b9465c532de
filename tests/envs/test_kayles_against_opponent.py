"""KaylesAgainstOpponent: a game-tree search over the rows' lengths (no Grundy values) checks
the Grundy table, proves the start positions won and replays the reference games with an
opponent rebuilt from it; any winning play ends within the turn limit; illegal and malformed
moves cost a turn and change nothing."""

from __future__ import annotations

import json
import random
from functools import cache

import pytest

import rlve_gym
from rlve_gym.answers import ParseError
from rlve_gym.envs.interactive.kayles_against_opponent import kayles_grundy
from rlve_gym.interactive import _Run

ENV = rlve_gym.make("KaylesAgainstOpponent")


def runs(standing: str) -> tuple[int, ...]:
    return tuple(sorted(len(r) for r in standing.split(".") if r))


@cache
def mover_wins(rows: tuple[int, ...]) -> bool:
    """The player to move wins iff some move (one pin or two neighbours, in any row) leaves a
    position the other player loses."""
    for i, length in enumerate(rows):
        rest = rows[:i] + rows[i + 1 :]
        for taken in (1, 2):
            for left in range(length - taken + 1):
                right = length - taken - left
                after = tuple(sorted(x for x in rest + (left, right) if x))
                if not mover_wins(after):
                    return True
    return False


def moves_of(standing: str):
    singles = [(i,) for i, p in enumerate(standing) if p == "I"]
    pairs = [(i, i + 1) for i in range(len(standing) - 1) if standing[i : i + 2] == "II"]
    return singles, pairs


def knock(standing: str, move) -> str:
    return "".join("." if i in move else p for i, p in enumerate(standing))


def test_grundy_values_start_as_known_and_match_the_game_tree():
    assert [kayles_grundy(n) for n in range(12)] == [0, 1, 2, 3, 1, 4, 3, 2, 1, 4, 2, 6]
    for n in range(40):
        assert (kayles_grundy(n) == 0) == (not mover_wins((n,) if n else ()))


def test_grundy_values_are_periodic_from_71_with_period_12():
    assert all(kayles_grundy(n) == kayles_grundy(n + 12) for n in range(71, 400))
    assert kayles_grundy(70) != kayles_grundy(82)


@pytest.mark.parametrize("seed", range(20))
def test_start_positions_are_won(seed):
    assert mover_wins(runs(ENV.generate(0, seed).instance["position"]))


def second_simulator(instance, actions):
    """The rules and the opponent from the docstring, with the opponent's winning moves found by
    the game-tree search (two-pin moves first, then one-pin moves, left to right)."""
    standing = instance["position"]
    for turn, action in enumerate(actions, start=1):
        move = tuple(int(w) - 1 for w in action.split()[1:])
        singles, pairs = moves_of(standing)
        assert move in singles + pairs
        assert not mover_wins(runs(knock(standing, move))), f"{action} is not a winning move"
        standing = knock(standing, move)
        if "I" not in standing:
            return "won", turn
        singles, pairs = moves_of(standing)
        winning = [m for m in pairs + singles if not mover_wins(runs(knock(standing, m)))]
        if winning and standing.count("I") <= instance["horizon"]:
            reply = winning[0]
        else:
            rows = [(len(r), -s) for s, r in _row_starts(standing)]
            length, neg = max(rows)
            left = -neg + (length - 2) // 2
            reply = (-neg,) if length == 1 else (left, left + 1)
        standing = knock(standing, reply)
        if "I" not in standing:
            return "lost", turn
    return "unfinished", len(actions)


def _row_starts(standing):
    i = 0
    while i < len(standing):
        if standing[i] == "I":
            j = i
            while j < len(standing) and standing[j] == "I":
                j += 1
            yield i, standing[i:j]
            i = j
        else:
            i += 1


@pytest.mark.parametrize("difficulty", [0, 1, 2, 4])
def test_reference_games_replay_in_a_second_simulator(difficulty):
    for seed in range(5):
        problem = ENV.generate(difficulty, seed)
        actions = json.loads(problem.answer)
        outcome, turns = second_simulator(problem.instance, actions)
        assert outcome == "won" and turns == len(actions) <= problem.instance["turn_limit"]


@pytest.mark.parametrize("difficulty", [0, 3, 6, 12])
def test_any_winning_play_ends_within_the_turn_limit(difficulty):
    from rlve_gym.envs.interactive.kayles_against_opponent import winning_moves

    for seed in range(6):
        problem = ENV.generate(difficulty, seed)
        rng = random.Random(seed)
        run = _Run(ENV, problem.instance)
        while not run.done:
            move = rng.choice(winning_moves(run.state["position"]))
            run.act("knock " + " ".join(str(i + 1) for i in move))
        assert run.solved, f"d={difficulty} seed={seed}: {run.actions}"


def test_illegal_and_malformed_moves_cost_a_turn_and_change_nothing():
    problem = ENV.generate(1, 3)
    standing = problem.instance["position"]
    down = standing.index(".") + 1
    first = standing.index("I") + 1
    run = _Run(ENV, problem.instance)
    for action, said in [
        (f"knock {len(standing) + 1}", "no pin"),
        ("knock 0", "no pin"),
        (f"knock {down}", "already down"),
        (f"knock {first} {first + 2}", "not neighbours"),
        ("knock", "Malformed"),
        ("knock 1 2 3", "Malformed"),
        ("hit 1", "Malformed"),
        ("knock one", "Malformed"),
    ]:
        feedback = run.act(action)
        assert said in feedback and run.state["position"] == standing, action
    assert not run.done


def test_a_pair_may_be_written_in_either_order():
    instance = ENV.generate(0, 0).instance
    assert ENV.parse_action("knock 5 4", instance) == ENV.parse_action("KNOCK 4 5", instance)


@pytest.mark.parametrize("text", ["", "knock -1", "knock 1,2", "knock 1 1 1", "knock 9999999"])
def test_parse_rejects_malformed_moves(text):
    with pytest.raises(ParseError):
        ENV.parse_action(text, ENV.generate(0, 0).instance)
