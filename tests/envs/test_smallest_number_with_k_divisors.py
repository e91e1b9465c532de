"""SmallestNumberWithKDivisors: solver against scanning n = 1, 2, 3, ... with sympy."""

from __future__ import annotations

import sympy

import rlve_gym
from rlve_gym.envs.number_theory.smallest_number_with_k_divisors import smallest_with_divisor_count

ENV = rlve_gym.make("SmallestNumberWithKDivisors")


def test_scan_agrees_for_every_k_whose_answer_is_small():
    first = {}
    for n in range(1, 200_001):
        first.setdefault(int(sympy.divisor_count(n)), n)
    for k, n in first.items():
        assert smallest_with_divisor_count(k) == n, k


def test_primes_give_powers_of_two_and_known_values():
    assert smallest_with_divisor_count(1) == 1
    assert smallest_with_divisor_count(2) == 2
    assert smallest_with_divisor_count(13) == 2**12
    assert smallest_with_divisor_count(6) == 12
    assert smallest_with_divisor_count(16) == 120
    assert smallest_with_divisor_count(100) == 45360


def test_generated_answers_have_exactly_k_divisors():
    for d in (0, 5, 20, 40):
        for seed in range(5):
            problem = ENV.generate(d, seed)
            assert sympy.divisor_count(int(problem.answer)) == problem.instance["k"]


def test_prompt_illustrations_are_never_answers():
    for k in range(1, 200):
        assert smallest_with_divisor_count(k) not in (10, 90)
    problem = ENV.generate(difficulty=0, seed=0)
    assert "e.g. 90" in problem.prompt and "10 has the 4 divisors" in problem.prompt
