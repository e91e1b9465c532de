"""MinimalRotation: the linear scan against the minimum over all rotations, and the checker."""

from __future__ import annotations

import itertools

import pytest

import rlve_gym
from rlve_gym.envs.string.minimal_rotation import rotate, smallest_rotation_start

ENV = rlve_gym.make("MinimalRotation")


def smallest_rotation_by_brute_force(text):
    return min(text[k:] + text[:k] for k in range(len(text)))


def verdict(problem, text):
    return ENV.verify(problem, f"<answer>{text}</answer>")


@pytest.mark.parametrize("difficulty", range(5))
def test_solver_matches_the_minimum_over_all_rotations(difficulty):
    for seed in range(50):
        problem = ENV.generate(difficulty, seed)
        assert problem.answer == smallest_rotation_by_brute_force(problem.instance["text"])


@pytest.mark.parametrize("length", range(1, 11))
def test_linear_scan_is_right_on_every_short_string(length):
    for chars in itertools.product("abc", repeat=min(length, 7)):
        text = "".join(chars)
        assert rotate(text, smallest_rotation_start(text)) == smallest_rotation_by_brute_force(text)


def test_periodic_strings_have_their_minimum_found():
    for text in ("abab", "babababa", "aabaab", "bbbb"):
        assert rotate(text, smallest_rotation_start(text)) == smallest_rotation_by_brute_force(text)


def test_the_input_is_never_already_the_answer():
    for d in (0, 1, 5, 12):
        for seed in range(60):
            problem = ENV.generate(d, seed)
            assert problem.instance["text"] != problem.answer
            assert set(problem.instance["text"]) == {"a", "b"}


def test_every_rotation_except_the_smallest_is_rejected_with_a_reason():
    problem = ENV.generate(2, 9)
    text = problem.instance["text"]
    for k in range(len(text)):
        candidate = rotate(text, k)
        v = verdict(problem, candidate)
        assert v.correct == (candidate == problem.answer)
        if not v.correct:
            assert "not the smallest" in v.reason


def test_non_rotations_and_wrong_lengths_are_wrong():
    problem = ENV.generate(1, 0)
    n = len(problem.instance["text"])
    assert "not a rotation" in verdict(problem, "a" * n).reason
    assert "characters" in verdict(problem, problem.answer[:-1]).reason


def test_other_letters_spaces_and_empty_answers_are_format_failures():
    problem = ENV.generate(1, 0)
    for text in ("", "abc", problem.answer.upper(), " ".join(problem.answer)):
        v = verdict(problem, text)
        assert not v.correct and not v.format_ok


@pytest.mark.parametrize("difficulty", [0, 1, 2, 5])
def test_sorted_letters_are_never_the_answer(difficulty):
    """Regression: with one block of b's the answer was the sorted string (56% of d=0 seeds)."""
    env = rlve_gym.make("MinimalRotation")
    for seed in range(100):
        problem = env.generate(difficulty, seed)
        text = problem.instance["text"]
        assert problem.answer != "".join(sorted(text)) and problem.answer != text
        assert not env.verify(problem, f"<answer>{''.join(sorted(text))}</answer>").correct
