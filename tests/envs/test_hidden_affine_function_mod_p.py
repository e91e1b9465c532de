"""HiddenAffineFunctionModP: n + 1 values at affinely independent points determine the function
and n values never do (exhaustive over small primes), the elimination agrees with a brute-force
search, and the episode rules (one answer, allowed points only) hold."""

from __future__ import annotations

import itertools
import json

import pytest

import rlve_gym
from rlve_gym.envs.interactive.hidden_affine_function_mod_p import solve_mod

ENV = rlve_gym.make("HiddenAffineFunctionModP")


def value(coefficients, point, p):
    return (sum(a * x for a, x in zip(coefficients, point)) + coefficients[-1]) % p


@pytest.mark.parametrize(("n", "p"), [(1, 7), (1, 11), (2, 3)])
def test_values_at_independent_points_determine_the_function_and_fewer_do_not(n, p):
    functions = list(itertools.product(range(p), repeat=n + 1))
    points = [list(pt) for pt in itertools.product(range(p), repeat=n)]
    for chosen in itertools.combinations(points, n + 1):
        images = {tuple(value(f, pt, p) for pt in chosen) for f in functions}
        independent = len(images) == len(functions)
        fewer = {tuple(value(f, pt, p) for pt in chosen[:n]) for f in functions}
        assert len(fewer) < len(functions)  # n questions always leave several functions
        if independent:  # brute force agrees with the elimination on every function
            for f in functions[:: max(1, len(functions) // 40)]:
                values = [value(f, pt, p) for pt in chosen]
                assert solve_mod([list(pt) for pt in chosen], values, p) == list(f)


def test_the_listed_basis_points_are_independent_and_the_policy_solves_many_seeds():
    for d in (0, 4, 8, 12):
        for seed in range(15):
            problem = ENV.generate(d, seed)
            instance = problem.instance
            n, p = instance["variables"], instance["modulus"]
            actions = json.loads(problem.answer)
            assert len(actions) == instance["turn_limit"] == n + 2
            *_, last = actions
            stated = [int(w) for w in last.split()[1:]]
            assert stated == instance["coefficients"]
            for point in instance["points"]:
                assert all(2 <= x < p for x in point)


def test_a_wrong_answer_ends_the_game_and_unlisted_points_reveal_nothing():
    problem = ENV.generate(1, 5)
    instance = problem.instance
    p = instance["modulus"]
    episode = ENV.start(problem)
    unlisted = next(x for x in range(2, p) if [x] not in instance["points"])
    text = episode.step(f"<answer>ask {unlisted}</answer>").observation
    assert "not one of the allowed points" in text and episode._run.state["asked"] == {}
    text = episode.step(f"<answer>answer {p} 0</answer>").observation
    assert "not scored" in text and not episode.done
    a, b = instance["coefficients"]
    episode.step(f"<answer>answer {(a + 1) % p} {b}</answer>")
    assert episode.done and not episode.solved and episode.reward == 0.0


def test_malformed_actions_are_refused_with_a_reason():
    episode = ENV.start(ENV.generate(5, 1))  # two variables
    for text, expected in [
        ("ask 3", "ask takes exactly 2 numbers"),
        ("answer 1 2", "answer takes exactly 3 numbers"),
        ("ask 3 x", "not a whole number"),
        ("tell 1 2 3", "write: ask"),
    ]:
        assert expected in episode.step(f"<answer>{text}</answer>").observation
    assert episode.done and not episode.solved
