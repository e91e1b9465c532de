"""PowerTowerOfTwoMod: totient recursion against evaluating finite towers exactly.

The oracle never uses totients: 2^x mod m is split by CRT into the power-of-two part (0 once
x >= its exponent) and the odd part, where 2^x depends on x modulo the multiplicative order of
2 (sympy's n_order). Towers of height 30 to 33 are evaluated this way and must agree.
"""

from __future__ import annotations

import pytest
from sympy.ntheory import n_order
from sympy.ntheory.modular import crt

import rlve_gym
from rlve_gym.envs.number_theory.power_tower_of_two_mod import power_tower_limit

ENV = rlve_gym.make("PowerTowerOfTwoMod")
EXACT = [1, 2, 4, 16, 65536]  # a(0) .. a(4)


def tower_mod(height, m):
    """a(height) mod m for the tower a(0) = 1, a(n) = 2^a(n-1)."""
    if m == 1:
        return 0
    if height < len(EXACT):
        return EXACT[height] % m
    two_part = m & -m
    odd = m // two_part
    # a(height - 1) >= 65536 exceeds every exponent of two below 2^16, so 2^a(height-1) = 0 there
    residue_two = 0
    residue_odd = pow(2, tower_mod(height - 1, n_order(2, odd)), odd) if odd > 1 else 0
    value, _ = crt([two_part, odd], [residue_two, residue_odd])
    return int(value) % m


def limit_by_towers(m):
    values = {tower_mod(h, m) for h in range(30, 34)}
    assert len(values) == 1, f"tower modulo {m} not yet constant at height 30"
    return values.pop()


def test_small_moduli_match_exact_towers():
    for m in range(1, 400):
        assert power_tower_limit(m) == limit_by_towers(m)


@pytest.mark.parametrize("difficulty", [0, 1, 3, 8])
def test_generated_instances_match_exact_towers_and_are_not_trivial(difficulty):
    for seed in range(20):
        problem = ENV.generate(difficulty, seed)
        assert int(problem.answer) == limit_by_towers(problem.instance["m"]) >= 2


def test_edge_cases():
    assert power_tower_limit(1) == 0
    assert power_tower_limit(2) == 0
    assert power_tower_limit(1024) == 0  # a power of two divides the tower
    assert power_tower_limit(3) == 1
    assert power_tower_limit(17) == 1  # 17 = 2^4 + 1 divides 2^16 - 1 and 16 divides the tower
    assert power_tower_limit(7) == 2  # the tower is 1 mod 3 so 2^tower = 2 mod 7
