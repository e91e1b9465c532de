"""HeapOrderedPermutations: the subtree recurrence against checking every permutation."""

from __future__ import annotations

import random
from itertools import permutations

import pytest

import rlve_gym
from rlve_gym.envs.combinatorics_counting.heap_ordered_permutations import heap_count
from rlve_gym.kernels.combinatorics import FactorialTable

ENV = rlve_gym.make("HeapOrderedPermutations")
MOD = 1_000_000_007


def brute_force(n: int) -> int:
    return sum(
        all(p[i - 1] > p[i // 2 - 1] for i in range(2, n + 1))
        for p in permutations(range(1, n + 1))
    )


@pytest.mark.parametrize("n", range(0, 9))
def test_solver_matches_enumeration(n):
    assert ENV.solve({"length": max(n, 0), "modulus": MOD}) == brute_force(n)


def test_known_values_and_small_prime_reduction():
    # OEIS A056971: 1, 1, 1, 2, 3, 8, 20, 80, 210, 896, 3360
    exact = [heap_count(n, FactorialTable(max(n, 1), MOD)) for n in range(11)]
    assert exact == [1, 1, 1, 2, 3, 8, 20, 80, 210, 896, 3360]
    assert heap_count(10, FactorialTable(10, 11)) == 896 % 11


def test_generated_problems_match_enumeration():
    counts = {n: brute_force(n) for n in range(4, 8)}
    for seed in range(40):
        instance = ENV.generate_instance(random.Random(seed), {"max_length": 7})
        assert ENV.solve(instance) == counts[instance["length"]] > 1
    big = ENV.generate(difficulty=30, seed=0)
    assert 0 <= int(big.answer) < big.instance["modulus"]


def test_prompt_example_length_and_constant_answers_never_generated():
    answers = set()
    for seed in range(60):
        problem = ENV.generate(difficulty=0, seed=seed)
        assert problem.instance["length"] >= 4  # N = 3 is the worked example in the prompt
        answers.add(problem.answer)
    assert len(answers) >= 3
