"""CircularXorLampState: the binomial-parity solver against replaying every step."""

from __future__ import annotations

import random

import pytest

import rlve_gym
from rlve_gym.envs.simulation_program.circular_xor_lamp_state import lamp_after

ENV = rlve_gym.make("CircularXorLampState")


def replay(states, steps):
    """All lamps after ``steps`` simultaneous updates, computed step by step."""
    current = list(states)
    n = len(current)
    for _ in range(steps):
        current = [1 if current[i] != current[(i + 1) % n] else 0 for i in range(n)]
    return current


def test_solver_matches_step_by_step_replay_on_every_lamp():
    rng = random.Random(7)
    for _ in range(300):
        n = rng.randint(1, 9)
        states = [rng.randint(0, 1) for _ in range(n)]
        steps = rng.randint(0, 70)
        final = replay(states, steps)
        for lamp in range(1, n + 1):
            assert lamp_after(states, steps, lamp) == final[lamp - 1], (states, steps, lamp)


@pytest.mark.parametrize("difficulty", (0, 1, 2, 4))
def test_generated_answers_match_replay(difficulty):
    for seed in range(25):
        problem = ENV.generate(difficulty, seed)
        inst = problem.instance
        final = replay(inst["states"], inst["steps"])
        assert problem.answer == ("ON" if final[inst["lamp"] - 1] else "OFF")


def test_power_of_two_circle_dies_out():
    states = [1, 0, 1, 1, 0, 0, 1, 0]
    assert replay(states, 8) == [0] * 8
    assert all(lamp_after(states, 8, k) == 0 for k in range(1, 9))


def test_prompt_example():
    assert replay([1, 0, 0], 1) == [1, 0, 1]


def test_answers_are_balanced_and_case_insensitive():
    answers = [ENV.generate(3, seed).answer for seed in range(200)]
    assert 70 <= answers.count("ON") <= 130
    problem = ENV.generate(3, 0)
    assert ENV.verify(problem, f"<answer>{problem.answer.lower()}</answer>").correct
    other = "OFF" if problem.answer == "ON" else "ON"
    assert not ENV.verify(problem, f"<answer>{other}</answer>").correct
    verdict = ENV.verify(problem, "<answer>maybe</answer>")
    assert not verdict.correct and not verdict.format_ok
