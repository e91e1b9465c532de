"""EuclidGameWinner: the forced-move rule against full game-tree search, balance, and the checker."""

from __future__ import annotations

import sys
from functools import cache

import pytest

import rlve_gym
from rlve_gym.envs.game_theory.euclid_game_winner import first_player_wins

from ._winners import assert_winners_balanced

ENV = rlve_gym.make("EuclidGameWinner")


@cache
def mover_wins_by_search(a, b):
    """Minimax over every legal move: subtract k * smaller from larger, k >= 1, result >= 0."""
    larger, smaller = max(a, b), min(a, b)
    for k in range(1, larger // smaller + 1):
        rest = larger - k * smaller
        if rest == 0 or not mover_wins_by_search(rest, smaller):
            return True
    return False


def verdict(problem, text):
    return ENV.verify(problem, f"<answer>{text}</answer>")


def test_rule_matches_game_tree_search_on_every_small_position():
    for a in range(1, 80):
        for b in range(1, 80):
            assert first_player_wins(a, b) == mover_wins_by_search(a, b), (a, b)


@pytest.mark.parametrize("difficulty", range(6))
def test_solver_matches_game_tree_search_on_generated_positions(difficulty):
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 5000))
    for seed in range(50):
        problem = ENV.generate(difficulty, seed)
        a, b = problem.instance["a"], problem.instance["b"]
        expected = "Alice" if mover_wins_by_search(a, b) else "Bob"
        assert problem.answer == expected


def test_both_winners_are_about_equally_common():
    assert_winners_balanced(ENV, (0, 3, 10, 25), low=70, high=130)


def test_numbers_stay_within_the_schedule_and_positive():
    for d in (0, 1, 7, 30):
        bound = ENV.schedule(d)["max_value"]
        for seed in range(40):
            inst = ENV.generate(d, seed).instance
            assert 1 <= inst["a"] <= bound and 1 <= inst["b"] <= bound and inst["a"] != inst["b"]


def test_long_forced_runs_appear_at_high_difficulty():
    def forced_moves(a, b):
        count = 0
        while True:
            a, b = max(a, b), min(a, b)
            if a % b == 0 or a >= 2 * b:
                return count
            a, b, count = b, a - b, count + 1

    runs = [forced_moves(**ENV.generate(20, s).instance) for s in range(100)]
    assert max(runs) >= 8


def test_hand_checked_positions():
    assert first_player_wins(5, 5)  # subtract to 0 at once
    assert first_player_wins(7, 3)  # 7 >= 2 * 3: a choice, so a win
    assert not first_player_wins(4, 3)  # forced to (3, 1), then the opponent takes 3 to 0
    assert first_player_wins(5, 3)  # (3, 2) -> forced (2, 1) -> win
    assert first_player_wins(34, 12)  # classic: Stan wins
    assert not first_player_wins(15, 24)  # classic: Ollie wins


def test_either_name_in_any_case_parses_and_only_the_winner_is_right():
    problem = ENV.generate(4, 2)
    loser = "Bob" if problem.answer == "Alice" else "Alice"
    assert verdict(problem, problem.answer.lower()).correct
    assert verdict(problem, problem.answer.upper() + ".").correct
    v = verdict(problem, loser)
    assert not v.correct and v.format_ok


def test_other_words_are_format_failures():
    problem = ENV.generate(4, 2)
    for text in ("first", "Alice or Bob", "", "1"):
        v = verdict(problem, text)
        assert not v.correct and not v.format_ok
