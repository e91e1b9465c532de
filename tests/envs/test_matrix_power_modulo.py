"""MatrixPowerModulo: repeated squaring against K plain multiplications; range and shape errors."""

from __future__ import annotations

import random

import pytest

import rlve_gym
from rlve_gym.envs.linear_algebra.matrix_power_modulo import matrix_power_mod

ENV = rlve_gym.make("MatrixPowerModulo")


def power_step_by_step(matrix, exponent, modulus):
    """Exact integer powers one multiplication at a time, reduced only at the end."""
    n = len(matrix)
    result = [[int(i == j) for j in range(n)] for i in range(n)]
    for _ in range(exponent):
        result = [
            [sum(result[i][t] * matrix[t][j] for t in range(n)) for j in range(n)] for i in range(n)
        ]
    return [[x % modulus for x in row] for row in result]


@pytest.mark.parametrize("size", [2, 3, 4])
def test_repeated_squaring_matches_plain_multiplication(size):
    for seed in range(40):
        sizes = {"size": size, "min_exponent": 2, "max_exponent": 25, "max_modulus": 60}
        inst = ENV.generate_instance(random.Random(seed), sizes)
        expected = power_step_by_step(inst["matrix"], inst["exponent"], inst["modulus"])
        assert ENV.solve(inst) == expected


def test_small_powers_and_the_prompt_example():
    fib = [[1, 1], [1, 0]]
    assert matrix_power_mod(fib, 3, 3) == [[0, 2], [2, 1]]
    assert matrix_power_mod(fib, 0, 5) == [[1, 0], [0, 1]]
    assert matrix_power_mod(fib, 1, 100) == fib
    assert matrix_power_mod([[4]], 2, 7) == [[2]]


def test_generated_powers_are_never_trivial():
    for d in (0, 2, 7, 15):
        for seed in range(40):
            problem = ENV.generate(d, seed)
            inst = problem.instance
            rows = [list(map(int, r.split())) for r in problem.answer.splitlines()]
            n = len(rows)
            assert rows != [[int(i == j) for j in range(n)] for i in range(n)]
            assert rows != inst["matrix"]
            assert len({x for r in rows for x in r}) > 1
            assert ENV.verify(problem, f"<answer>{problem.answer}</answer>").correct


def test_unreduced_wrong_and_malformed_answers():
    problem = ENV.generate(5, 4)
    m = problem.instance["modulus"]
    rows = [list(map(int, r.split())) for r in problem.answer.splitlines()]
    unreduced = [row[:] for row in rows]
    unreduced[0][0] += m
    text = "\n".join(" ".join(map(str, r)) for r in unreduced)
    v = ENV.verify(problem, f"<answer>{text}</answer>")
    assert not v.correct and "remainder" in v.reason
    off = [row[:] for row in rows]
    off[-1][-1] = (off[-1][-1] + 1) % m
    text = "\n".join(" ".join(map(str, r)) for r in off)
    v = ENV.verify(problem, f"<answer>{text}</answer>")
    assert not v.correct and v.format_ok and "1 of the" in v.reason
    for text in ("\n".join(problem.answer.splitlines()[:-1]), "1 2\n3", "a b\nc d", ""):
        v = ENV.verify(problem, f"<answer>{text}</answer>")
        assert not v.correct and not v.format_ok
