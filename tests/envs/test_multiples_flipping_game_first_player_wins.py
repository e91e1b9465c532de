"""MultiplesFlippingGameFirstPlayerWins: the Grundy rule against full game-tree search, balance."""

from __future__ import annotations

import itertools
import random
from functools import cache

import pytest

import rlve_gym
from rlve_gym.envs.game_theory.multiples_flipping_game_first_player_wins import (
    cell_grundy_values,
)

ENV = rlve_gym.make("MultiplesFlippingGameFirstPlayerWins")


@cache
def mover_wins_by_search(n: int, white: frozenset[int]) -> bool:
    for x in white:
        flipped = set(white)
        for k in range(1, n // x + 1):
            flipped ^= {k * x}
            if not mover_wins_by_search(n, frozenset(flipped)):
                return True
    return False


@pytest.mark.parametrize("n", range(1, 9))
def test_rule_matches_search_on_every_colouring(n):
    for colours in itertools.product((False, True), repeat=n):
        white = [x for x in range(1, n + 1) if colours[x - 1]]
        expected = "Yes" if mover_wins_by_search(n, frozenset(white)) else "No"
        assert ENV.solve({"cells": n, "white": white}) == expected, (n, white)


def test_generated_small_instances_match_search():
    for seed in range(40):
        instance = ENV.generate_instance(random.Random(seed), {"cells": 10, "max_white": 4})
        assert instance["white"] and len(set(instance["white"])) == len(instance["white"])
        expected = mover_wins_by_search(instance["cells"], frozenset(instance["white"]))
        assert ENV.solve(instance) == ("Yes" if expected else "No")


def test_grundy_values_depend_only_on_the_number_of_multiples():
    grundy = cell_grundy_values(60)
    for x in range(1, 61):
        assert grundy[x] == cell_grundy_values(60 // x)[1]


def test_both_answers_are_about_equally_common():
    for d in (0, 3, 10, 25):
        yes = sum(ENV.generate(d, s).answer == "Yes" for s in range(200))
        assert 75 <= yes <= 125, (d, yes)


def test_parsing_and_checking():
    problem = ENV.generate(4, 2)
    other = "No" if problem.answer == "Yes" else "Yes"
    assert ENV.verify(problem, f"<answer>{problem.answer.lower()}</answer>").correct
    v = ENV.verify(problem, f"<answer>{other}</answer>")
    assert not v.correct and v.format_ok
    for text in ("maybe", "", "Alice"):
        assert not ENV.verify(problem, f"<answer>{text}</answer>").format_ok
