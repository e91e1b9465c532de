"""ChineseRemainder: solver against exhaustive search, checker on every kind of answer."""

from __future__ import annotations

import math
import random

import pytest

import rlve_gym
from rlve_gym.kernels.number_theory import crt

ENV = rlve_gym.make("ChineseRemainder")


def smallest_solution_by_search(residues, moduli):
    limit = math.lcm(*moduli)
    for x in range(limit):
        if all(x % m == r for r, m in zip(residues, moduli, strict=True)):
            return x, limit
    return None


def verdict(problem, text):
    return ENV.verify(problem, f"<answer>{text}</answer>")


@pytest.mark.parametrize("sizes", [(2, 8), (2, 20), (3, 29), (3, 40), (4, 30)])
def test_solver_matches_exhaustive_search_on_small_instances(sizes):
    rng = random.Random(f"crt-small-{sizes}")
    for _ in range(60):
        instance = ENV.generate_instance(rng, {"congruences": sizes[0], "max_modulus": sizes[1]})
        found = smallest_solution_by_search(instance["residues"], instance["moduli"])
        assert found is not None
        assert ENV.solve(instance) == found[0]


def test_every_solution_below_the_bound_is_accepted_on_a_small_instance():
    problems = [ENV.generate(0, seed) for seed in range(40)]
    problem = min(problems, key=lambda p: math.lcm(*p.instance["moduli"]))
    residues, moduli = problem.instance["residues"], problem.instance["moduli"]
    bound = 10 ** problem.instance["max_digits"]
    accepted = [x for x in range(0, min(bound, 5000)) if verdict(problem, x).correct]
    expected = [
        x
        for x in range(0, min(bound, 5000))
        if all(x % m == r for r, m in zip(residues, moduli, strict=True))
    ]
    assert accepted == expected and len(accepted) >= 3


def test_solutions_with_non_coprime_moduli_are_found():
    instance = {"residues": [3, 5, 2], "moduli": [4, 6, 9], "max_digits": 4}
    assert ENV.solve(instance) == 11  # 11 = 3 mod 4, 5 mod 6, 2 mod 9; lcm 36
    for x in (11, 47, 83, 9983):
        assert ENV.check(instance, x, None).correct
    assert not ENV.check(instance, 10_019, None).correct  # congruent but above 10^4
    assert not ENV.check(instance, 11 - 36, None).correct  # negative
    assert not ENV.check(instance, 12, None).correct


def test_modulus_itself_and_zero_residues():
    instance = {"residues": [0, 0], "moduli": [7, 5], "max_digits": 4}
    assert ENV.solve(instance) == 0
    assert ENV.check(instance, 35, None).correct and ENV.check(instance, 0, None).correct
    assert not ENV.check(instance, 7, None).correct


def test_generated_systems_are_solvable_at_high_difficulty():
    for d in (15, 25, 40):
        problem = ENV.generate(d, 1)
        assert verdict(problem, problem.answer).correct
        assert len(problem.instance["moduli"]) == 3 + d // 3


def test_malformed_answers_are_format_failures():
    problem = ENV.generate(2, 0)
    for text in ("", "x = 5", "3.5", "1 2", "9" * 50):
        v = verdict(problem, text)
        assert not v.correct and not v.format_ok


def test_no_residue_from_the_prompt_is_an_answer():
    for d in range(4):
        for seed in range(60):
            problem = ENV.generate(difficulty=d, seed=seed)
            inst = problem.instance
            for r in set(inst["residues"]) | {0}:
                assert not ENV.verify(problem, f"<answer>{r}</answer>").correct
            # no congruence is implied by another one alone being a multiple of all moduli
            assert crt([0] * len(inst["moduli"]), inst["moduli"])[1] > max(inst["moduli"])
