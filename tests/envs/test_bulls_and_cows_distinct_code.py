"""BullsAndCowsDistinctCode: the turn limit is the scripted strategy's exact worst case (every
code of small sizes played out), the answers follow an independent scoring rule, and after a
solved episode no other code fits the answers."""

from __future__ import annotations

import itertools
import json
from collections import Counter

import pytest

import rlve_gym
from rlve_gym.envs.interactive.bulls_and_cows_distinct_code import turn_limit

ENV = rlve_gym.make("BullsAndCowsDistinctCode")


def bulls_and_cows(code, guess):
    """Mastermind's multiset rule, which for a code of different numbers is bulls and cows."""
    bulls = sum(a == b for a, b in zip(code, guess))
    common = sum((Counter(code) & Counter(set(guess))).values())
    return bulls, common - bulls


@pytest.mark.parametrize(("length", "alphabet"), [(2, 3), (3, 5), (3, 7), (4, 8)])
def test_turn_limit_is_the_strategys_worst_case_over_every_code(length, alphabet):
    base = {"length": length, "alphabet": alphabet, "turn_limit": turn_limit(length, alphabet)}
    worst = 0
    for code in itertools.permutations(range(1, alphabet + 1), length):
        case = {**base, "code": list(code)}
        actions = ENV.solve(case)
        assert ENV.check(case, actions, None).correct
        worst = max(worst, len(actions))
    assert worst == base["turn_limit"]


def test_feedback_matches_an_independent_scoring_and_pins_the_code():
    problem = ENV.generate(1, 3)
    instance = problem.instance
    episode = ENV.start(problem)
    history = []
    while not episode.done:
        action = ENV.policy(instance, episode._run.state, episode.actions)
        guess = [int(w) for w in action.split()[1:]]
        text = episode.step(f"<answer>{action}</answer>").observation
        bulls, cows = bulls_and_cows(instance["code"], guess)
        assert text.startswith(f"{' '.join(map(str, guess))}: {bulls} bull")
        if not episode.done:
            assert f"{cows} cow" in text
        history.append((guess, (bulls, cows)))
    assert episode.solved
    fitting = [
        code
        for code in itertools.permutations(range(1, instance["alphabet"] + 1), instance["length"])
        if all(bulls_and_cows(code, g) == fb for g, fb in history[:-1])
    ]
    assert [list(c) for c in fitting] == [list(instance["code"])]


def test_malformed_and_out_of_range_guesses_use_a_turn_without_scoring():
    problem = ENV.generate(0, 4)
    episode = ENV.start(problem)
    for text, expected in [
        ("guess 1 2 3", "exactly 4 numbers"),
        ("guess 1 2 3 x", "not a whole number"),
        ("pick 1 2 3 4", "write: guess"),
        ("guess 1 2 3 99", "99 is not between 1 and 8"),
        ("guess -1 2 3 4", "not a whole number"),
    ]:
        observation = episode.step(f"<answer>{text}</answer>").observation
        assert expected in observation
    assert episode._run.state["history"] == []
    assert episode.turns_used == 5 and not episode.done


def test_a_correct_guess_ends_the_episode_and_a_wrong_transcript_earns_nothing():
    problem = ENV.generate(2, 8)
    code = " ".join(map(str, problem.instance["code"]))
    assert ENV.verify(problem, f'<answer>["guess {code}"]</answer>').correct
    wrong = ["guess " + " ".join(["1"] * problem.instance["length"])] * 3
    verdict = ENV.verify(problem, f"<answer>{json.dumps(wrong)}</answer>")
    assert not verdict.correct and verdict.score == 0.0
