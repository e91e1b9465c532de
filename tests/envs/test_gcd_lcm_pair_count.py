"""GcdLcmPairCount: solver against enumerating the divisors of L."""

from __future__ import annotations

import math

import pytest

import rlve_gym

ENV = rlve_gym.make("GcdLcmPairCount")


def pairs_by_enumeration(g, lcm):
    divisors = [p for p in range(1, lcm + 1) if lcm % p == 0]
    return [
        (p, q)
        for p in divisors
        for q in divisors
        if math.gcd(p, q) == g and p * q // math.gcd(p, q) == lcm
    ]


@pytest.mark.parametrize("difficulty", range(3))
def test_solver_matches_enumeration(difficulty):
    for seed in range(40):
        problem = ENV.generate(difficulty, seed)
        instance = problem.instance
        assert instance["lcm"] % instance["gcd"] == 0
        pairs = pairs_by_enumeration(instance["gcd"], instance["lcm"])
        assert len(pairs) >= 2
        assert problem.answer == f"{len(pairs)} {sum(p for p, _ in pairs)}"


def test_hand_written_cases():
    assert ENV.solve({"gcd": 1, "lcm": 2}) == [2, 3]  # (1, 2), (2, 1)
    assert ENV.solve({"gcd": 3, "lcm": 60}) == [4, 3 * 5 * 6]  # 20 = 2^2 * 5: 3 (1+4)(1+5)
    assert ENV.solve({"gcd": 5, "lcm": 5 * 64}) == [2, 5 * 65]  # prime power quotient
    assert ENV.solve({"gcd": 1, "lcm": 2 * 3 * 5 * 7 * 11})[0] == 32


def test_the_count_alone_is_not_accepted():
    problem = ENV.generate(3, 0)
    count = problem.answer.split()[0]
    assert not ENV.verify(problem, f"<answer>{count}</answer>").correct
