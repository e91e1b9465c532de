"""MagicQuadrupleRoleCounts: the value sweeps against checking every ordered quadruple of items."""

from __future__ import annotations

import random
from itertools import permutations

import rlve_gym
from rlve_gym.envs.combinatorics_counting.magic_quadruple_roles import role_counts

ENV = rlve_gym.make("MagicQuadrupleRoleCounts")


def brute_force(values):
    table = [[0, 0, 0, 0] for _ in values]
    for a, b, c, d in permutations(range(len(values)), 4):
        xa, xb, xc, xd = values[a], values[b], values[c], values[d]
        if xa < xb < xc < xd and xb - xa == 2 * (xd - xc) and 3 * (xb - xa) < xc - xb:
            for role, item in enumerate((a, b, c, d)):
                table[item][role] += 1
    return table


def test_sweeps_match_enumeration_on_random_values():
    rng = random.Random(6)
    for _ in range(40):
        n = rng.randint(4, 12)
        values = [rng.randint(1, rng.choice((12, 20, 30))) for _ in range(n)]
        assert role_counts(values) == brute_force(values), values


def test_generated_levels_match_enumeration():
    for d in range(2):
        for seed in range(6):
            problem = ENV.generate(difficulty=d, seed=seed)
            assert ENV.parse(problem.answer, problem.instance) == brute_force(
                problem.instance["values"]
            )


def test_edge_cases():
    assert role_counts([1, 3, 10, 11]) == [[1, 0, 0, 0], [0, 1, 0, 0], [0, 0, 1, 0], [0, 0, 0, 1]]
    assert role_counts([1, 3, 9, 10]) == [[0] * 4] * 4  # c - b = 6 = 6t is not enough
    assert role_counts([1, 1, 3, 10, 11]) == [
        [1, 0, 0, 0],
        [1, 0, 0, 0],
        [0, 2, 0, 0],
        [0, 0, 2, 0],
        [0, 0, 0, 2],
    ]
    assert role_counts([]) == []


def test_checker_counts_wrong_lines_and_rejects_malformed_tables():
    problem = ENV.generate(difficulty=3, seed=1)
    n = len(problem.instance["values"])
    assert ENV.verify(problem, f"<answer>{problem.answer}</answer>").correct
    zeros = "\n".join("0 0 0 0" for _ in range(n))
    verdict = ENV.verify(problem, f"<answer>{zeros}</answer>")
    assert not verdict.correct and verdict.format_ok and "lines are wrong" in verdict.reason
    assert not ENV.verify(problem, "<answer>0 0 0</answer>").format_ok
    negative = problem.answer.replace("0", "-1", 1)
    assert not ENV.verify(problem, f"<answer>{negative}</answer>").format_ok
