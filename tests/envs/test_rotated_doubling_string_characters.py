"""RotatedDoublingStringCharacters: walking back against building the string explicitly."""

from __future__ import annotations

import random

import pytest

import rlve_gym
from rlve_gym.envs.string.rotated_doubling_string_characters import character_at

ENV = rlve_gym.make("RotatedDoublingStringCharacters")


def built_out(word, length):
    text = word
    while len(text) < length:
        text = text + text[-1] + text[:-1]
    return text


def test_worked_example_of_the_prompt():
    assert built_out("cow", 12) == "cowwcoocowwc"
    assert "".join(character_at("cow", k) for k in range(1, 13)) == "cowwcoocowwc"


@pytest.mark.parametrize("word", ["a", "ab", "cow", "abcde", "xyzzy", "abcdefg"])
def test_every_position_of_the_first_doublings(word):
    text = built_out(word, 300)
    for k in range(1, len(text) + 1):
        assert character_at(word, k) == text[k - 1]


def test_generated_instances_and_checker_match_the_built_string():
    sizes = {"letters": 5, "doublings": 8}
    for seed in range(40):
        instance = ENV.generate_instance(random.Random(seed), sizes)
        text = built_out(instance["word"], 5 * 2**8)
        expected = "".join(text[k - 1] for k in instance["positions"])
        assert ENV.solve(instance) == expected
        assert ENV.check(instance, ENV.parse(expected, instance), expected).correct
        wrong = expected[:2] + ("a" if expected[2] != "a" else "b")
        v = ENV.check(instance, ENV.parse(wrong, instance), expected)
        assert not v.correct and "1 of the 3" in v.reason


def test_example_answer_never_right_and_wrong_lengths_rejected():
    for seed in range(50):
        problem = ENV.generate(2, seed)
        assert problem.answer != ENV.answer_example
    problem = ENV.generate(2, 0)
    for text in (problem.answer[:2], problem.answer + "a"):
        v = ENV.verify(problem, f"<answer>{text}</answer>")
        assert not v.correct and v.format_ok and "expected 3 letters" in v.reason
    assert ENV.verify(problem, f"<answer>{problem.answer.upper()}</answer>").correct
    for text in ("", "a b c", "12", "abcdefghijklmnop"):
        v = ENV.verify(problem, f"<answer>{text}</answer>")
        assert not v.correct and not v.format_ok
