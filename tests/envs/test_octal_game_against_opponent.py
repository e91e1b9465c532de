"""OctalGameAgainstOpponent: a game-tree search over whole positions, with moves generated from
the code's digits by a second reading of the rules (no Grundy values; only dead heaps and pairs
of equal heaps are dropped, by the copying argument), proves the start positions won and every scripted move winning; the Grundy table agrees with it and with known
identities (Kayles 0.77, Dawson's chess 0.137 = Dawson's Kayles 0.07 shifted by one); any
winning play ends within the turn limit; illegal and malformed moves cost a turn."""

from __future__ import annotations

import json
import random
from functools import cache

import pytest

import rlve_gym
from rlve_gym.answers import ParseError
from rlve_gym.envs.interactive.kayles_against_opponent import kayles_grundy
from rlve_gym.envs.interactive.octal_game_against_opponent import grundy_values, winning_moves
from rlve_gym.interactive import _Run

ENV = rlve_gym.make("OctalGameAgainstOpponent")


def after_taking(code: tuple[int, ...], size: int):
    """Every tuple of heaps one move can leave of a heap of ``size``: digit d of taking k allows
    leaving nothing when d is odd, one heap when d & 2, two nonempty heaps when d >= 4."""
    for k, digit in enumerate(code, start=1):
        rest = size - k
        if rest == 0 and digit % 2 == 1:
            yield ()
        if rest > 0 and (digit // 2) % 2 == 1:
            yield (rest,)
        if rest >= 2 and digit >= 4:
            for a in range(1, rest):
                yield (a, rest - a)


def normal_form(code: tuple[int, ...], heaps) -> tuple[int, ...]:
    """Sorted, without heaps no move applies to, and without pairs of equal heaps (the second
    player copies every move made in one of the pair in the other, so a pair never matters)."""
    live = sorted(h for h in heaps if next(after_taking(code, h), None) is not None)
    out: list[int] = []
    for h in live:
        if out and out[-1] == h:
            out.pop()
        else:
            out.append(h)
    return tuple(out)


@cache
def mover_wins(code: tuple[int, ...], heaps: tuple[int, ...]) -> bool:
    for i, size in enumerate(heaps):
        rest = heaps[:i] + heaps[i + 1 :]
        for left in after_taking(code, size):
            if not mover_wins(code, normal_form(code, rest + left)):
                return True
    return False


@pytest.mark.parametrize("code", [(0, 7), (1, 3, 7), (4, 4), (3, 6), (0, 5, 2), (1, 4), (6, 0, 3)])
def test_grundy_zero_exactly_when_a_single_heap_is_lost(code):
    values = grundy_values(code, 30)
    for n in range(31):
        assert (values[n] == 0) == (not mover_wins(code, normal_form(code, (n,)))), (code, n)


def test_known_octal_identities():
    assert list(grundy_values((7, 7), 120)) == [kayles_grundy(n) for n in range(121)]
    dawson_kayles, dawson_chess = grundy_values((0, 7), 121), grundy_values((1, 3, 7), 120)
    assert list(dawson_chess) == list(dawson_kayles[1:])
    assert list(dawson_kayles[:16]) == [0, 0, 1, 1, 2, 0, 3, 1, 1, 0, 3, 3, 2, 2, 4, 0]


@pytest.mark.parametrize("seed", range(10))
def test_start_positions_are_won_and_scripted_moves_keep_them_won(seed):
    problem = ENV.generate(0, seed)
    code = tuple(problem.instance["code"])
    assert mover_wins(code, normal_form(code, problem.instance["position"]))
    run = _Run(ENV, problem.instance)
    for action in json.loads(problem.answer):
        taken, index, parts = ENV.parse_action(action, problem.instance)
        heaps = run.state["position"]
        left = parts or ((heaps[index] - taken,) if heaps[index] > taken else ())
        after = normal_form(code, heaps[:index] + heaps[index + 1 :] + list(left))
        assert not mover_wins(code, after), f"{action} from {heaps} ({code})"
        run.act(action)
    assert run.solved


def test_codes_split_and_are_not_parity_games_or_kayles():
    for d in (0, 4, 12):
        for seed in range(25):
            code = ENV.generate(d, seed).instance["code"]
            assert any(digit >= 4 for digit in code) and code != [7, 7] and code[-1]
            assert max(grundy_values(tuple(code), 60)) >= 2


@pytest.mark.parametrize("difficulty", [0, 2, 4, 10])
def test_any_winning_play_ends_within_the_turn_limit(difficulty):
    for seed in range(6):
        problem = ENV.generate(difficulty, seed)
        rng = random.Random(seed)
        run = _Run(ENV, problem.instance)
        while not run.done:
            move = rng.choice(winning_moves(problem.instance["code"], run.state["position"]))
            run.act(ENV.move_text(move))
        assert run.solved, f"d={difficulty} seed={seed}: {run.actions}"


def test_a_split_heap_is_replaced_by_its_parts_in_the_written_order():
    instance = {**ENV.generate(0, 0).instance, "code": [0, 6], "position": [9, 12, 10]}
    state = ENV.initial_state(instance)
    outcome = ENV.apply(instance, state, ENV.parse_action("take 2 from heap 2 split 7 3", instance))
    assert outcome.feedback.startswith("You: take 2 from heap 2 split 7 3. Opponent:")
    assert ENV.play(instance, [9, 12, 10], (2, 1, (7, 3)), 0) == [9, 7, 3, 10]
    assert ENV.play(instance, [9, 12, 10], (2, 1, ()), 0) == [9, 10, 10]
    assert ENV.play(instance, [2, 12], (2, 0, ()), 0) == [12]


def test_illegal_and_malformed_moves_cost_a_turn_and_change_nothing():
    instance = {
        **ENV.generate(0, 0).instance,
        "code": [0, 6],
        "position": [9, 12, 10],
        "turn_limit": 20,
    }
    run = _Run(ENV, instance)
    for action, said in [
        ("take 1 from heap 1", "taking 1 is not allowed"),
        ("take 3 from heap 1", "taking 3 is not allowed"),
        ("take 2 from heap 4", "no heap 4"),
        ("take 2 from heap 1 split 3 3", "does not split"),
        ("take 2 from heap 1 split 0 7", "does not split"),
        ("take 2 from heap 1 split", "Malformed"),
        ("take 2 from heap 1 split 3 4 5", "Malformed"),
        ("take 2 from heap 1 into 3 4", "Malformed"),
    ]:
        feedback = run.act(action)
        assert said in feedback and run.state["position"] == [9, 12, 10], action
    assert not run.done
    only_keep = {**instance, "code": [0, 2]}
    assert "may not leave two heaps" in _Run(ENV, only_keep).act("take 2 from heap 1 split 3 4")
    only_split = {**instance, "code": [0, 4]}
    assert "may not leave one heap" in _Run(ENV, only_split).act("take 2 from heap 1")
    no_empty = {**instance, "code": [0, 6], "position": [2, 9]}
    assert "may not empty" in _Run(ENV, no_empty).act("take 2 from heap 1")


@pytest.mark.parametrize(
    "text",
    ["", "take 2", "take 2 from heap", "take two from heap 1", "take 2 from heap 1 split 3 x"],
)
def test_parse_rejects_malformed_moves(text):
    with pytest.raises(ParseError):
        ENV.parse_action(text, ENV.generate(0, 0).instance)
