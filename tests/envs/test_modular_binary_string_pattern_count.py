"""ModularBinaryStringPatternCount: the arc sweep against writing the string out and sliding the
pattern along it."""

from __future__ import annotations

import random
from math import gcd

import pytest

import rlve_gym
from rlve_gym.envs.string.modular_binary_string_pattern_count import count_pattern

ENV = rlve_gym.make("ModularBinaryStringPatternCount")


def count_by_brute_force(n, a, b, p, pattern):
    text = "".join("1" if (a * i + b) % n < p else "0" for i in range(n))
    m = len(pattern)
    return sum(text[i : i + m] == pattern for i in range(n - m + 1))


def test_sweep_matches_brute_force_on_random_small_cases():
    rng = random.Random(5)
    for _ in range(3000):
        n = rng.randint(2, 40)
        a = rng.choice([a for a in range(1, n) if gcd(a, n) == 1] or [1])
        b, p, m = rng.randrange(n), rng.randint(1, n - 1), rng.randint(1, n)
        pattern = "".join(rng.choice("01") for _ in range(m))
        assert count_pattern(n, a, b, p, pattern) == count_by_brute_force(n, a, b, p, pattern)


@pytest.mark.parametrize("difficulty", (0, 1, 3, 6))
def test_generated_answers_match_brute_force(difficulty):
    for seed in range(30):
        problem = ENV.generate(difficulty, seed)
        inst = problem.instance
        expected = count_by_brute_force(inst["n"], inst["a"], inst["b"], inst["p"], inst["pattern"])
        assert int(problem.answer) == expected
        assert gcd(inst["a"], inst["n"]) == 1 and 0 < inst["p"] < inst["n"]


def test_edge_cases():
    assert count_pattern(7, 3, 2, 4, "1" * 7) == count_by_brute_force(7, 3, 2, 4, "1" * 7) == 0
    assert count_pattern(10, 1, 0, 5, "1") == 5  # S = 1111100000
    assert count_pattern(10, 1, 0, 5, "10") == 1
    assert count_pattern(10, 1, 0, 5, "0000011111") == 0  # only as a cyclic window


def test_wrong_and_malformed_answers():
    problem = ENV.generate(4, 9)
    right = int(problem.answer)
    assert ENV.verify(problem, f"<answer>{right}</answer>").correct
    assert not ENV.verify(problem, f"<answer>{right + 1}</answer>").correct
    for text in ("", "many", "3.0"):
        v = ENV.verify(problem, f"<answer>{text}</answer>")
        assert not v.correct and not v.format_ok
