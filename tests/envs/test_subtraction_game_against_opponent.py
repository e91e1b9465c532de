"""SubtractionGameAgainstOpponent: a brute-force game-tree search over whole positions (no
Grundy values) proves the start positions won and every scripted move winning; a second
simulator written from the docstring replays the reference games; any winning play ends within
the turn limit; illegal and malformed moves cost a turn and change nothing."""

from __future__ import annotations

import json
import random
from functools import cache

import pytest

import rlve_gym
from rlve_gym.answers import ParseError
from rlve_gym.envs.interactive.subtraction_game_against_opponent import grundy_values
from rlve_gym.interactive import _Run

ENV = rlve_gym.make("SubtractionGameAgainstOpponent")


@cache
def mover_wins(heaps: tuple[int, ...], amounts: tuple[int, ...]) -> bool:
    """The player to move wins iff some move leaves a position the other player loses."""
    for i, h in enumerate(heaps):
        for s in amounts:
            if s <= h:
                after = tuple(sorted(heaps[:i] + (h - s,) + heaps[i + 1 :]))
                if not mover_wins(after, amounts):
                    return True
    return False


@pytest.mark.parametrize("seed", range(12))
def test_start_positions_are_won_and_scripted_moves_keep_them_won(seed):
    problem = ENV.generate(0, seed)
    amounts = tuple(problem.instance["amounts"])
    assert mover_wins(tuple(sorted(problem.instance["position"])), amounts)
    run = _Run(ENV, problem.instance)
    while not run.done:
        before = run.state["position"]
        action = ENV.policy(problem.instance, run.state, run.actions)
        stones, heap = ENV.parse_action(action, problem.instance)
        after = before[:heap] + [before[heap] - stones] + before[heap + 1 :]
        assert not mover_wins(tuple(sorted(after)), amounts), f"{action} from {before}"
        run.act(action)
    assert run.solved


@pytest.mark.parametrize("amounts", [(1, 2), (1, 3, 4), (2, 5, 6), (3, 4, 7), (1, 4, 9, 16)])
def test_grundy_values_match_a_single_heap_game_tree(amounts):
    """g(n) = 0 exactly when the single heap n is lost for the player to move."""
    values = grundy_values(amounts, 60)
    for n in range(61):
        assert (values[n] == 0) == (not mover_wins((n,), amounts))


def test_no_instance_is_a_parity_game():
    for d in (0, 3, 10):
        for seed in range(30):
            instance = ENV.generate(d, seed).instance
            assert max(grundy_values(tuple(instance["amounts"]), 200)) >= 2


def second_simulator(instance, actions):
    """The rules and the opponent as the docstring states them, written independently."""
    heaps, amounts = list(instance["position"]), instance["amounts"]
    table = grundy_values(tuple(amounts), max(heaps))

    def options(position):
        return [(s, i) for i, h in enumerate(position) for s in amounts if s <= h]

    for turn, action in enumerate(actions, start=1):
        words = action.split()
        take, index = int(words[1]), int(words[4]) - 1
        assert (take, index) in options(heaps)
        heaps[index] -= take
        if not options(heaps):
            return "won", turn
        winning = []
        for s, i in options(heaps):
            after = heaps[:i] + [heaps[i] - s] + heaps[i + 1 :]
            x = 0
            for h in after:
                x ^= table[h]
            if x == 0:
                winning.append((s, -i))
        if winning and sum(heaps) <= instance["horizon"]:
            take, neg = max(winning)
            heaps[-neg] -= take
        else:
            largest = max(heaps)
            index = heaps.index(largest)
            heaps[index] -= max(s for s in amounts if s <= largest)
        if not options(heaps):
            return "lost", turn
    return "unfinished", len(actions)


@pytest.mark.parametrize("difficulty", [0, 1, 3, 5, 6, 12, 20])
def test_reference_games_replay_in_a_second_simulator(difficulty):
    for seed in range(6):
        problem = ENV.generate(difficulty, seed)
        actions = json.loads(problem.answer)
        outcome, turns = second_simulator(problem.instance, actions)
        assert outcome == "won" and turns == len(actions) <= problem.instance["turn_limit"]


@pytest.mark.parametrize("difficulty", [0, 2, 5, 9])
def test_any_winning_play_ends_within_the_turn_limit(difficulty):
    for seed in range(8):
        problem = ENV.generate(difficulty, seed)
        amounts = problem.instance["amounts"]
        rng = random.Random(seed)
        run = _Run(ENV, problem.instance)
        while not run.done:
            heaps = run.state["position"]
            table = grundy_values(tuple(amounts), max(heaps))
            x = 0
            for h in heaps:
                x ^= table[h]
            options = [
                (s, i)
                for i, h in enumerate(heaps)
                for s in amounts
                if s <= h and table[h - s] == table[h] ^ x
            ]
            take, index = rng.choice(options)
            run.act(f"take {take} from heap {index + 1}")
        assert run.solved, f"d={difficulty} seed={seed}: {run.actions}"


def test_illegal_and_malformed_moves_cost_a_turn_and_change_nothing():
    problem = ENV.generate(2, 4)
    heaps, amounts = problem.instance["position"], problem.instance["amounts"]
    missing = next(s for s in range(1, 30) if s not in amounts)
    run = _Run(ENV, problem.instance)
    for action, said in [
        (f"take {amounts[0]} from heap {len(heaps) + 1}", "no heap"),
        (f"take {missing} from heap 1", "not an allowed amount"),
        ("take 0 from heap 1", "not an allowed amount"),
        ("take 3 stones from heap 1", "Malformed"),
        ("take x from heap 1", "Malformed"),
    ]:
        feedback = run.act(action)
        assert said in feedback and run.state["position"] == heaps
    assert not run.done


def test_a_heap_too_small_for_the_amount_is_refused():
    problem = ENV.generate(0, 1)
    instance = {**problem.instance, "position": [2, 30, 30]}
    run = _Run(ENV, instance)
    big = max(instance["amounts"])  # three distinct amounts: the largest is at least 3
    assert "holds only 2" in run.act(f"take {big} from heap 1")


@pytest.mark.parametrize(
    "text", ["", "take 1", "take 1 from 1", "give 1 from heap 1", "take 1.0 from heap 1"]
)
def test_parse_rejects_malformed_moves(text):
    with pytest.raises(ParseError):
        ENV.parse_action(text, ENV.generate(0, 0).instance)
