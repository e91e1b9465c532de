"""SurjectionCounting: inclusion-exclusion against enumerating every map and the Stirling table."""

from __future__ import annotations

from itertools import product
from math import factorial

import rlve_gym
from rlve_gym.kernels.combinatorics import stirling2_table

ENV = rlve_gym.make("SurjectionCounting")
MOD = 998_244_353


def count_onto_maps(n: int, r: int) -> int:
    return sum(len(set(m)) == r for m in product(range(r), repeat=n))


def test_solver_matches_enumeration_on_all_small_sizes():
    for n in range(0, 8):
        for r in range(0, 6):
            assert ENV.solve({"balls": n, "boxes": r, "modulus": MOD}) == count_onto_maps(n, r), (
                n,
                r,
            )


def test_stirling_table_matches_enumeration():
    table = stirling2_table(7, 7)
    for n in range(8):
        for r in range(6):
            assert table[n][r] * factorial(r) == count_onto_maps(n, r)
    assert table[0][0] == 1 and table[5][0] == 0 and table[7][3] == 301


def test_generated_problems_match_stirling_numbers():
    table = stirling2_table(160, 23)
    for d in (0, 1, 2, 3, 12, 30):
        for seed in range(20):
            problem = ENV.generate(difficulty=d, seed=seed)
            inst = problem.instance
            n, r = inst["balls"], inst["boxes"]
            assert 2 <= r <= n
            assert int(problem.answer) == factorial(r) * table[n][r] % inst["modulus"]


def test_example_in_prompt_is_true():
    assert count_onto_maps(3, 2) == 6
    assert "6 ways" in ENV.generate(difficulty=0, seed=0).prompt


def test_worked_example_never_generated_and_level_zero_varies():
    answers = set()
    for seed in range(60):
        problem = ENV.generate(difficulty=0, seed=seed)
        assert problem.instance["balls"] >= 10  # 3 balls and 2 boxes is the prompt's example
        answers.add(problem.answer)
    assert len(answers) >= 50  # with N fixed and R <= 3 a third of level 0 had one answer
