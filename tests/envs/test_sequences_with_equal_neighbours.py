"""SequencesWithEqualNeighbours: the closed form against enumerating sequences."""

from __future__ import annotations

import random
from itertools import product

import rlve_gym

ENV = rlve_gym.make("SequencesWithEqualNeighbours")
MOD = 1_000_000_007


def brute_force(n: int, m: int) -> int:
    return sum(any(s[i] == s[i + 1] for i in range(n - 1)) for s in product(range(m), repeat=n))


def test_solver_matches_enumeration_on_all_small_sizes():
    for n in range(1, 8):
        for m in range(1, 6):
            assert ENV.solve({"length": n, "values": m, "modulus": MOD}) == brute_force(n, m), (
                n,
                m,
            )


def test_small_generated_instances_match_enumeration():
    rng = random.Random(3)
    for _ in range(30):
        inst = ENV.generate_instance(rng, {"length_digits": 1, "values_digits": 1})
        if inst["values"] ** inst["length"] <= 200_000:
            assert ENV.solve(inst) == brute_force(inst["length"], inst["values"]) % inst["modulus"]


def test_modulus_edge_cases():
    # M equal to the modulus: every power of M vanishes, the count is 0 - 0 = 0 modulo M
    assert ENV.solve({"length": 5, "values": 7, "modulus": 7}) == 0
    # M - 1 divisible by the modulus: only M^N survives
    assert ENV.solve({"length": 4, "values": 8, "modulus": 7}) == pow(8, 4, 7)
    # huge exponent against exact arithmetic
    n, m = 10**15 + 3, 987_654
    assert (
        ENV.solve({"length": n, "values": m, "modulus": MOD})
        == (pow(m, n, MOD) - m * pow(m - 1, n - 1, MOD)) % MOD
    )


def test_prompt_example_is_true():
    assert brute_force(3, 2) == 6


def test_worked_example_never_generated():
    for seed in range(300):
        inst = ENV.generate(difficulty=0, seed=seed).instance
        assert (inst["length"], inst["values"]) != (3, 2)
