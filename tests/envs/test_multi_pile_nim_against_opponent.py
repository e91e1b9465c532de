"""MultiPileNimAgainstOpponent: a brute-force game-tree search (no XOR rule) proves the start
positions won and the scripted moves winning; a second simulator of the rules and of the
opponent, written from the module docstring, replays the reference games; any winning play
ends within the turn limit; illegal and malformed moves cost a turn and change nothing."""

from __future__ import annotations

import json
import random
from functools import cache

import pytest

import rlve_gym
from rlve_gym.answers import ParseError
from rlve_gym.interactive import _Run

ENV = rlve_gym.make("MultiPileNimAgainstOpponent")


@cache
def mover_wins(heaps: tuple[int, ...]) -> bool:
    """Plain game-tree search over sorted heaps: the player to move wins iff some move reaches
    a position the other player loses (the empty position is lost for the player to move)."""
    return any(
        not mover_wins(tuple(sorted(heaps[:i] + (h - take,) + heaps[i + 1 :])))
        for i, h in enumerate(heaps)
        for take in range(1, h + 1)
    )


def settle(heaps):
    return tuple(sorted(heaps))


@pytest.mark.parametrize("seed", range(25))
def test_start_positions_are_won_and_scripted_moves_keep_them_won(seed):
    problem = ENV.generate(0, seed)
    heaps = list(problem.instance["position"])
    assert mover_wins(settle(heaps))
    run = _Run(ENV, problem.instance)
    while not run.done:
        before = list(run.state["position"])
        action = ENV.policy(problem.instance, run.state, run.actions)
        stones, heap = ENV.parse_action(action, problem.instance)
        after = before[:]
        after[heap] -= stones
        assert not mover_wins(settle(after)), f"{action} from {before} is not a winning move"
        run.act(action)
    assert run.solved


def second_simulator(instance, actions):
    """The rules and the opponent as the docstring states them, written independently."""
    heaps = list(instance["position"])
    horizon = instance["horizon"]
    for turn, action in enumerate(actions, start=1):
        words = action.split()
        take, index = int(words[1]), int(words[4]) - 1
        assert 1 <= take <= heaps[index]
        heaps[index] -= take
        if sum(heaps) == 0:
            return "won", turn
        nim_sum = 0
        for h in heaps:
            nim_sum ^= h
        options = [(h - (h ^ nim_sum), -i) for i, h in enumerate(heaps) if h ^ nim_sum < h]
        if nim_sum and sum(heaps) <= horizon:
            take, neg = max(options)
            heaps[-neg] -= take
        else:
            largest = max(heaps)
            index = heaps.index(largest)
            heaps[index] -= (largest + 1) // 2
        if sum(heaps) == 0:
            return "lost", turn
    return "unfinished", len(actions)


@pytest.mark.parametrize("difficulty", [0, 1, 3, 5, 8, 12, 20])
def test_reference_games_replay_in_a_second_simulator(difficulty):
    for seed in range(6):
        problem = ENV.generate(difficulty, seed)
        actions = json.loads(problem.answer)
        outcome, turns = second_simulator(problem.instance, actions)
        assert outcome == "won" and turns == len(actions) <= problem.instance["turn_limit"]


@pytest.mark.parametrize("difficulty", [0, 2, 5, 9, 20])
def test_any_winning_play_ends_within_the_turn_limit(difficulty):
    """The turn limit is proven for every winning line: a model that picks any winning move at
    random (not only the scripted one) still wins before the limit."""
    for seed in range(8):
        problem = ENV.generate(difficulty, seed)
        rng = random.Random(seed)
        run = _Run(ENV, problem.instance)
        while not run.done:
            heaps = run.state["position"]
            nim_sum = 0
            for h in heaps:
                nim_sum ^= h
            options = [(h - (h ^ nim_sum), i) for i, h in enumerate(heaps) if h ^ nim_sum < h]
            take, index = rng.choice(options)
            run.act(f"take {take} from heap {index + 1}")
        assert run.solved, f"d={difficulty} seed={seed}: {run.actions}"


def test_the_opponent_is_perfect_from_level_8():
    for seed in range(5):
        instance = ENV.generate(8, seed).instance
        assert instance["horizon"] >= sum(instance["position"])


def test_illegal_and_malformed_moves_cost_a_turn_and_change_nothing():
    problem = ENV.generate(2, 4)
    heaps = problem.instance["position"]
    run = _Run(ENV, problem.instance)
    for action, said in [
        (f"take 1 from heap {len(heaps) + 1}", "no heap"),
        ("take 0 from heap 1", "at least one stone"),
        (f"take {heaps[0] + 1} from heap 1", "holds only"),
        ("take two from heap 1", "Malformed"),
        ("take 1 heap 1", "Malformed"),
        ("remove 1 from heap 1", "Malformed"),
        ("take -1 from heap 1", "Malformed"),
    ]:
        feedback = run.act(action)
        assert said in feedback and run.state["position"] == heaps
    assert len(run.actions) == 7 and not run.done


@pytest.mark.parametrize(
    "text",
    [
        "",
        "take",
        "take 1 from heap",
        "take 1 from heap 1 2",
        "take 1e3 from heap 1",
        "take 9999999 from heap 1",
        "take ١ from heap 1",
    ],
)
def test_parse_rejects_malformed_moves(text):
    with pytest.raises(ParseError):
        ENV.parse_action(text, ENV.generate(0, 0).instance)


def test_moves_are_read_case_and_space_insensitively():
    instance = ENV.generate(0, 0).instance
    assert ENV.parse_action("  TAKE 3   from Heap 2 ", instance) == (3, 1)
