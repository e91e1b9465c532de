"""LinearRecurrenceTermMod: solver against iterating the recurrence term by term."""

from __future__ import annotations

import pytest
import sympy

import rlve_gym
from rlve_gym.envs.number_theory.linear_recurrence_term_mod import recurrence_term_mod

ENV = rlve_gym.make("LinearRecurrenceTermMod")


def iterate(a0, a1, p, q, n, m):
    prev, cur = a0, a1
    if n == 0:
        return a0 % m
    for _ in range(n - 1):
        prev, cur = cur, p * cur + q * prev
    return cur % m


@pytest.mark.parametrize("difficulty", range(4))
def test_solver_matches_iteration(difficulty):
    for seed in range(50):
        problem = ENV.generate(difficulty, seed)
        i = problem.instance
        assert int(problem.answer) == iterate(
            i["a0"], i["a1"], i["p"], i["q"], i["n"], i["modulus"]
        )


def test_small_indices_and_fibonacci_values():
    for n in range(0, 40):
        assert recurrence_term_mod(0, 1, 1, 1, n, 10**9 + 7) == sympy.fibonacci(n) % (10**9 + 7)
        assert recurrence_term_mod(3, 5, 2, 7, n, 97) == iterate(3, 5, 2, 7, n, 97)
    assert recurrence_term_mod(4, 9, 3, 3, 5, 1) == 0  # modulus 1
