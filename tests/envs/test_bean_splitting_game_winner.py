"""BeanSplittingGameWinner: the Grundy rule against a full game-tree search, and balance."""

from __future__ import annotations

import itertools
import random
from functools import cache

import pytest

import rlve_gym
from rlve_gym.envs.game_theory.bean_splitting_game_winner import bean_grundy_values
from rlve_gym.sequences import xor_subset

from ._winners import assert_only_the_winner_is_right, assert_winners_balanced

ENV = rlve_gym.make("BeanSplittingGameWinner")


@cache
def mover_wins_by_search(beans: tuple[int, ...]) -> bool:
    n = len(beans)
    for i in range(n):
        if not beans[i]:
            continue
        for j in range(i + 1, n):
            for k in range(j, n):
                after = list(beans)
                after[i] -= 1
                after[j] += 1
                after[k] += 1
                if not mover_wins_by_search(tuple(after)):
                    return True
    return False


def test_first_grundy_values():
    assert bean_grundy_values(5) == [7, 4, 2, 1, 0]


@pytest.mark.parametrize("bottles", (2, 3, 4))
def test_rule_matches_search_on_all_small_positions(bottles):
    for beans in itertools.product(range(3), repeat=bottles):
        expected = "Alice" if mover_wins_by_search(beans) else "Bob"
        assert ENV.solve({"beans": list(beans)}) == expected, beans


def test_generated_small_instances_match_search():
    for seed in range(40):
        instance = ENV.generate_instance(random.Random(seed), {"bottles": 4, "max_beans": 2})
        expected = "Alice" if mover_wins_by_search(tuple(instance["beans"])) else "Bob"
        assert ENV.solve(instance) == expected


def test_elimination_finds_bottles_for_every_value():
    grundy = bean_grundy_values(12)  # values up to 21: they span 1..31
    for target in range(1, 32):
        total = 0
        for i in xor_subset(grundy, target):
            total ^= grundy[i]
        assert total == target
    assert xor_subset([1, 3, 2], 4) is None and xor_subset([5], 0) == []


def test_both_winners_are_about_equally_common():
    assert_winners_balanced(ENV, (0, 3, 10, 25))


def test_parsing_and_checking():
    problem = ENV.generate(4, 2)
    assert_only_the_winner_is_right(ENV, problem, problem.answer.upper(), ("second", "", "1"))
