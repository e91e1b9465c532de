"""MastermindRepeatedColours: the turn limit is the scripted strategy's exact worst case (every
code of small sizes played out), the pegs follow the classic two-pass rule, and a solved
episode's answers leave only the code."""

from __future__ import annotations

import itertools
import json

import pytest

import rlve_gym
from rlve_gym.envs.interactive.mastermind_repeated_colours import turn_limit

ENV = rlve_gym.make("MastermindRepeatedColours")


def two_pass_pegs(code, guess):
    """Black pegs first; then each remaining guess peg takes a remaining code peg of its colour."""
    black = sum(a == b for a, b in zip(code, guess))
    left = [c for c, g in zip(code, guess) if c != g]
    white = 0
    for c, g in zip(code, guess):
        if c != g and g in left:
            left.remove(g)
            white += 1
    return black, white


@pytest.mark.parametrize(("length", "colours"), [(1, 2), (2, 3), (3, 4), (4, 5), (4, 6)])
def test_turn_limit_is_the_strategys_worst_case_over_every_code(length, colours):
    base = {"length": length, "colours": colours, "turn_limit": turn_limit(length, colours)}
    worst = 0
    for code in itertools.product(range(1, colours + 1), repeat=length):
        case = {**base, "code": list(code)}
        actions = ENV.solve(case)
        assert ENV.check(case, actions, None).correct, code
        worst = max(worst, len(actions))
    assert worst == base["turn_limit"]


def test_pegs_match_the_two_pass_rule_and_pin_the_code():
    problem = ENV.generate(0, 6)
    instance = problem.instance
    episode = ENV.start(problem)
    history = []
    while not episode.done:
        action = ENV.policy(instance, episode._run.state, episode.actions)
        guess = [int(w) for w in action.split()[1:]]
        text = episode.step(f"<answer>{action}</answer>").observation
        black, white = two_pass_pegs(instance["code"], guess)
        assert text.startswith(f"{' '.join(map(str, guess))}: {black} black")
        if not episode.done:
            assert f"{white} white" in text
        history.append((guess, (black, white)))
    assert episode.solved
    fitting = [
        list(code)
        for code in itertools.product(range(1, instance["colours"] + 1), repeat=instance["length"])
        if all(two_pass_pegs(code, g) == fb for g, fb in history[:-1])
    ]
    assert fitting == [instance["code"]]


def test_malformed_and_out_of_range_guesses_use_a_turn_without_scoring():
    episode = ENV.start(ENV.generate(0, 4))
    for text, expected in [
        ("guess 1 2 3", "exactly 4 colours"),
        ("guess 1 2 3 4 5", "exactly 4 colours"),
        ("guess 1 2 3 red", "not a colour number"),
        ("1 2 3 4", "write: guess"),
        ("guess 0 2 3 4", "0 is not a colour (1 to 6)"),
    ]:
        assert expected in episode.step(f"<answer>{text}</answer>").observation
    assert episode._run.state["history"] == [] and episode.turns_used == 5


def test_the_code_itself_wins_at_once_and_repeated_wrong_guesses_earn_nothing():
    problem = ENV.generate(3, 2)
    code = " ".join(map(str, problem.instance["code"]))
    assert ENV.verify(problem, f'<answer>["guess {code}"]</answer>').correct
    other = [c % problem.instance["colours"] + 1 for c in problem.instance["code"]]
    wrong = ["guess " + " ".join(map(str, other))] * problem.instance["turn_limit"]
    verdict = ENV.verify(problem, f"<answer>{json.dumps(wrong)}</answer>")
    assert not verdict.correct and verdict.score == 0.0
