"""ABTokenRewriteResult: the one-pass stack solver against literal rewriting (leftmost-first, as
the prompt says, and in random orders)."""

from __future__ import annotations

import itertools
import random

import pytest

import rlve_gym
from rlve_gym.envs.simulation_program.ab_token_rewrite_result import rewrite_result

ENV = rlve_gym.make("ABTokenRewriteResult")

RULES = {
    ("A#", "#A"): [],
    ("A#", "#B"): ["#B", "A#"],
    ("B#", "#A"): ["#A", "B#"],
    ("B#", "#B"): [],
}


def facing_pairs(program):
    return [i for i in range(len(program) - 1) if (program[i], program[i + 1]) in RULES]


def rewrite_literally(program, pick):
    program = list(program)
    while True:
        pairs = facing_pairs(program)
        if not pairs:
            return program
        i = pick(pairs)
        program[i : i + 2] = RULES[(program[i], program[i + 1])]


def test_every_short_program_matches_leftmost_rewriting():
    for n in range(0, 8):
        for program in itertools.product(("A#", "#A", "B#", "#B"), repeat=n):
            assert rewrite_result(list(program)) == rewrite_literally(program, min), program


def test_random_rewrite_orders_reach_the_same_result():
    rng = random.Random(3)
    for _ in range(300):
        program = rng.choices(("A#", "#A", "B#", "#B"), k=rng.randint(5, 20))
        expected = rewrite_result(program)
        assert rewrite_literally(program, rng.choice) == expected
        assert rewrite_literally(program, max) == expected


@pytest.mark.parametrize("difficulty", (0, 1, 5))
def test_generated_answers_match_literal_rewriting(difficulty):
    for seed in range(30):
        problem = ENV.generate(difficulty, seed)
        result = rewrite_literally(problem.instance["program"], min)
        assert problem.answer == " ".join(result) and len(result) >= 3


def test_prompt_example():
    assert rewrite_result("B# A# #B #A B#".split()) == ["B#"]


def test_wrong_and_malformed_answers():
    problem = ENV.generate(3, 1)
    assert ENV.verify(problem, f"<answer>  {problem.answer}\n</answer>").correct
    for miss in ENV.near_misses(problem):
        assert not ENV.verify(problem, f"<answer>{miss}</answer>").correct
    for text in ("A# #C", "A#,#B", "AB"):
        verdict = ENV.verify(problem, f"<answer>{text}</answer>")
        assert not verdict.correct and not verdict.format_ok
    too_long = " ".join(["A#"] * (len(problem.instance["program"]) + 1))
    assert not ENV.verify(problem, f"<answer>{too_long}</answer>").format_ok
