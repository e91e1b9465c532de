"""PrimeRemovalGameLength: the table against a plain minimax that ranks every outcome."""

from __future__ import annotations

import random
from functools import cache

import pytest

import rlve_gym
from rlve_gym.envs.game_theory.prime_removal_game_length import game_results

ENV = rlve_gym.make("PrimeRemovalGameLength")


def is_prime(n):
    return n >= 2 and all(n % d for d in range(2, int(n**0.5) + 1))


@cache
def outcome(n):
    """(mover wins?, moves until the end) with the mover preferring quick wins, then slow wins,
    then slow losses, then quick losses."""
    results = []
    for p in range(2, n + 1):
        if is_prime(p):
            opponent_wins, length = outcome(n - p)
            results.append((not opponent_wins, length + 1))
    if not results:
        return False, 0

    def preference(result):
        wins, length = result
        return (1, -length) if wins else (0, length)

    return max(results, key=preference)


def expected(n):
    wins, length = outcome(n)
    return length if wins else -1


def test_table_matches_minimax_for_every_small_pile():
    starts = list(range(2, 301))
    assert game_results(starts) == [expected(n) for n in starts]


def test_hand_checked_piles():
    assert game_results([2, 3, 4, 9, 10]) == [1, 1, 1, -1, -1]
    assert game_results([11]) == [expected(11)] == [1]  # a prime pile: take it all
    assert outcome(9) == (False, 2)  # every move leaves a pile won in one more move


@pytest.mark.parametrize("difficulty", (0, 3, 8))
def test_generated_answers_match_minimax(difficulty):
    for seed in range(10):
        problem = ENV.generate(difficulty, seed)
        starts = problem.instance["starts"]
        assert len(set(starts)) == len(starts) and min(starts) >= 2
        assert problem.answer == " ".join(str(expected(n)) for n in starts)


def test_one_wrong_entry_or_wrong_length_is_rejected():
    problem = ENV.generate(2, 9)
    values = problem.answer.split()
    values[0] = "-1" if values[0] != "-1" else "1"
    v = ENV.verify(problem, "<answer>" + " ".join(values) + "</answer>")
    assert not v.correct and v.format_ok and "1 of the" in v.reason
    for text in (" ".join(values[:-1]), problem.answer + " 1", "", "yes"):
        v = ENV.verify(problem, f"<answer>{text}</answer>")
        assert not v.correct and not v.format_ok


def test_a_random_start_set_is_drawn_per_seed():
    seen = {
        tuple(ENV.generate_instance(random.Random(s), ENV.schedule(0))["starts"]) for s in range(50)
    }
    assert len(seen) == 50
