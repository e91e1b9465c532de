"""NumberSearchWithOneLie: the turn limit equals Pelc's optimal number of questions plus the
answer (checked against his formula and against a plain minimax), and the policy, played through
the environment, finds every number under every placement of the lie."""

from __future__ import annotations

import json
from functools import cache

import pytest

import rlve_gym
from rlve_gym.envs.interactive.number_search_with_one_lie import turn_limit

ENV = rlve_gym.make("NumberSearchWithOneLie")


def pelc_questions(n: int) -> int:
    """Pelc (1987): the least q with n (q + 1) <= 2^q (n even) or n (q + 1) + q - 1 <= 2^q (n odd)."""
    q = 0
    while n * (q + 1) + (q - 1 if n % 2 else 0) > 2**q:
        q += 1
    return q


@cache
def minimax(clean: int, lied: int) -> int:
    """Questions needed from a state of numbers with no / one contradicted answer: every split."""
    if clean + lied <= 1:
        return 0
    best = None
    for a in range(clean + 1):
        for b in range(lied + 1):
            yes, no = (a, b + clean - a), (clean - a, lied - b + a)
            if (clean, lied) in (yes, no):
                continue
            worst = max(minimax(*s) for s in (yes, no) if sum(s))
            if best is None or worst < best:
                best = worst
    return 1 + best


def test_turn_limit_matches_pelcs_formula_for_every_small_range_and_every_level():
    for n in range(2, 601):
        assert turn_limit(n) == pelc_questions(n) + 1, n
    for d in [*range(21), *range(25, 101, 5)]:
        n = ENV.schedule(d)["range"]
        assert turn_limit(n) == pelc_questions(n) + 1, d


@pytest.mark.parametrize("n", [2, 3, 5, 8, 13, 16, 21])
def test_pelcs_count_is_the_minimax_over_every_question(n):
    assert minimax(n, 0) == pelc_questions(n)


@pytest.mark.parametrize("n", [7, 30, 61])
def test_the_policy_finds_every_number_under_every_lie(n):
    limit = turn_limit(n)
    for hidden in range(1, n + 1):
        for lie_at in range(limit):
            case = {"range": n, "hidden": hidden, "lie_at": lie_at, "turn_limit": limit}
            actions = ENV.solve(case)
            assert ENV.check(case, actions, None).correct, (hidden, lie_at)


def test_the_lie_is_told_at_the_chosen_question_only():
    problem = ENV.generate(2, 1)
    instance = problem.instance
    hidden = instance["hidden"]
    episode = ENV.start(problem)
    for question in range(1, 6):
        reply = episode.step(f"<answer>ask {hidden}</answer>").observation
        assert reply.startswith("no." if question == instance["lie_at"] else "yes.")


def test_malformed_questions_and_a_wrong_answer():
    problem = ENV.generate(0, 3)
    n, hidden = problem.instance["range"], problem.instance["hidden"]
    episode = ENV.start(problem)
    for text, expected in [
        ("ask", "at least one number"),
        ("ask 5-x", "not a number or a range"),
        (f"ask 1-{n + 1}", "not a range within"),
        ("ask 9-3", "not a range within"),
        ("answer five", "write: answer X"),
        ("guess 4", "write: ask"),
    ]:
        assert expected in episode.step(f"<answer>{text}</answer>").observation
    assert episode._run.state["questions"] == 0
    wrong = json.dumps([f"answer {hidden % n + 1}", f"answer {hidden}"])
    verdict = ENV.verify(problem, f"<answer>{wrong}</answer>")
    assert not verdict.correct and "ended" in verdict.reason
