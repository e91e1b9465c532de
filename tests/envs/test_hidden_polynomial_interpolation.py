"""HiddenPolynomialInterpolation: interpolation agrees with an independent Vandermonde solve,
the policy recovers every polynomial of the d = 0 box within k + 2 turns, and at d = 0 two values
never pin the polynomial down (so the k + 1 questions are needed)."""

from __future__ import annotations

import itertools
import json
import random
from collections import Counter
from fractions import Fraction

import rlve_gym
from rlve_gym.envs.interactive.hidden_polynomial_interpolation import interpolate

ENV = rlve_gym.make("HiddenPolynomialInterpolation")


def vandermonde_solve(points, values):
    """Gaussian elimination over fractions on the Vandermonde system."""
    size = len(points)
    rows = [[Fraction(x) ** j for j in range(size)] + [Fraction(v)] for x, v in zip(points, values)]
    for col in range(size):
        pivot = next(r for r in range(col, size) if rows[r][col] != 0)
        rows[col], rows[pivot] = rows[pivot], rows[col]
        for r in range(size):
            if r != col and rows[r][col] != 0:
                factor = rows[r][col] / rows[col][col]
                rows[r] = [a - factor * b for a, b in zip(rows[r], rows[col])]
    return [rows[i][-1] / rows[i][i] for i in range(size)]


def test_interpolation_agrees_with_a_vandermonde_solve():
    rng = random.Random(5)
    for degree in range(0, 11):
        coefficients = [rng.randint(-30, 30) for _ in range(degree + 1)]
        points = rng.sample(range(-12, 13), degree + 1)
        values = [sum(c * x**i for i, c in enumerate(coefficients)) for x in points]
        assert interpolate(points, values) == vandermonde_solve(points, values) == coefficients


def test_the_policy_recovers_every_polynomial_of_the_first_level():
    base = ENV.generate(0, 0).instance
    bound = base["bound"]
    for coefficients in itertools.product(range(-bound, bound + 1), repeat=base["degree"] + 1):
        case = {**base, "coefficients": list(coefficients)}
        actions = ENV.solve(case)
        assert len(actions) == case["turn_limit"] and ENV.check(case, actions, None).correct


def test_at_the_first_level_two_values_never_determine_the_polynomial():
    instance = ENV.generate(0, 0).instance
    bound, reach = instance["bound"], instance["reach"]
    box = list(itertools.product(range(-bound, bound + 1), repeat=instance["degree"] + 1))
    for a, b in itertools.combinations(range(-reach, reach + 1), 2):
        seen = Counter(tuple(sum(c * x**i for i, c in enumerate(p)) for x in (a, b)) for p in box)
        assert max(seen.values()) >= 2, (a, b)


def test_episode_rules_out_of_range_malformed_and_wrong_answers():
    problem = ENV.generate(3, 4)
    instance = problem.instance
    episode = ENV.start(problem)
    reach = instance["reach"]
    for text, expected in [
        (f"ask {reach + 1}", "outside"),
        ("ask 1 2", "ask takes exactly 1"),
        ("answer 1 2", f"answer takes exactly {instance['degree'] + 1}"),
        ("ask x", "not an integer"),
    ]:
        assert expected in episode.step(f"<answer>{text}</answer>").observation
    assert episode._run.state["asked"] == {} and episode.turns_used == 4 and not episode.solved
    wrong = [c + 1 for c in instance["coefficients"]]
    transcript = json.dumps(["answer " + " ".join(map(str, wrong))])
    verdict = ENV.verify(problem, f"<answer>{transcript}</answer>")
    assert not verdict.correct and "ended" in verdict.reason
