"""ShortestAbsentWord: the solver against trying every word in order, the planted construction,
and the checker."""

from __future__ import annotations

import itertools
import random

import pytest

import rlve_gym
from rlve_gym.envs.string.shortest_absent_word import (
    random_de_bruijn_cycle,
    shortest_absent_word,
    text_missing_only,
)

ENV = rlve_gym.make("ShortestAbsentWord")


def absent_word_by_brute_force(text):
    for length in itertools.count(1):
        for letters in itertools.product("ab", repeat=length):  # dictionary order
            word = "".join(letters)
            if word not in text:
                return word


def verdict(problem, text):
    return ENV.verify(problem, f"<answer>{text}</answer>")


@pytest.mark.parametrize("length", range(1, 13))
def test_solver_matches_brute_force_on_every_short_string(length):
    for letters in itertools.product("ab", repeat=length):
        text = "".join(letters)
        assert shortest_absent_word(text) == absent_word_by_brute_force(text)


@pytest.mark.parametrize("difficulty", (0, 3, 10, 25))
def test_generated_answers_match_brute_force(difficulty):
    for seed in range(20):
        problem = ENV.generate(difficulty, seed)
        text = problem.instance["text"]
        assert len(text) == ENV.schedule(difficulty)["length"]
        assert problem.answer == absent_word_by_brute_force(text)
        assert len(set(problem.answer)) == 2  # never all a's or all b's


@pytest.mark.parametrize("order", range(2, 8))
def test_de_bruijn_cycles_hold_every_word_once(order):
    rng = random.Random(order)
    for _ in range(10):
        cycle = random_de_bruijn_cycle(rng, order)
        wrapped = cycle + cycle[: order - 1]
        windows = [wrapped[i : i + order] for i in range(len(cycle))]
        assert len(cycle) == 2**order and len(set(windows)) == 2**order


@pytest.mark.parametrize("order", range(2, 7))
def test_every_word_can_be_planted_as_the_answer(order):
    rng = random.Random(order)
    shortest = 2**order + order - 2
    for letters in itertools.product("ab", repeat=order):
        target = "".join(letters)
        for size in (shortest, shortest + 7):
            text = text_missing_only(rng, target, size)
            assert len(text) == size and absent_word_by_brute_force(text) == target


def test_checker_reasons_and_malformed_answers():
    problem = ENV.generate(1, 4)
    text, answer = problem.instance["text"], problem.answer
    assert verdict(problem, answer).correct
    assert "occurs" in verdict(problem, text[5:9]).reason
    longer = answer + "a"
    assert longer not in text
    assert "shorter" in verdict(problem, longer).reason
    small = {"text": "aabbab"}  # aaa, aba, baa and bbb are missing
    assert ENV.solve(small) == "aaa"
    assert "dictionary order" in ENV.check(small, "bbb", "aaa").reason
    assert ENV.check(small, "aaa", "aaa").correct
    for bad in ("", "abc", "a b", "x" * 3):
        v = verdict(problem, bad)
        assert not v.correct and not v.format_ok
