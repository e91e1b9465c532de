"""SubsetsWithoutDoubleOrTriple: the staircase factorisation against checking every subset."""

from __future__ import annotations

import random
from itertools import product

import pytest

import rlve_gym
from rlve_gym.kernels.combinatorics import staircase_independent_sets

ENV = rlve_gym.make("SubsetsWithoutDoubleOrTriple")
MOD = 1_000_000_007


def brute_force(n: int) -> int:
    count = 0
    for mask in range(1 << n):
        chosen = {i + 1 for i in range(n) if mask >> i & 1}
        count += all(2 * x not in chosen and 3 * x not in chosen for x in chosen)
    return count


@pytest.mark.parametrize("n", range(0, 16))
def test_solver_matches_enumeration(n):
    assert ENV.solve({"limit": n, "modulus": MOD}) == brute_force(n)


def test_small_generated_instances_match_enumeration():
    rng = random.Random(2)
    cache = {}
    for _ in range(30):
        inst = ENV.generate_instance(rng, {"max_limit": 16})
        n = inst["limit"]
        cache.setdefault(n, brute_force(n))
        assert ENV.solve(inst) == cache[n] % inst["modulus"]


def grid_independent_sets(widths):
    cells = [(r, c) for r, w in enumerate(widths) for c in range(w)]
    count = 0
    for choice in product((0, 1), repeat=len(cells)):
        chosen = {cell for cell, bit in zip(cells, choice, strict=True) if bit}
        count += all((r, c + 1) not in chosen and (r + 1, c) not in chosen for r, c in chosen)
    return count


@pytest.mark.parametrize(
    "widths", [[], [1], [3], [2, 2], [3, 2, 1], [4, 4, 2], [3, 3, 3, 1], [5, 1, 1, 1]]
)
def test_staircase_kernel_matches_enumeration(widths):
    assert staircase_independent_sets(widths, MOD) == grid_independent_sets(widths)
    assert staircase_independent_sets(widths, 7) == grid_independent_sets(widths) % 7


def test_staircase_kernel_rejects_increasing_rows():
    with pytest.raises(ValueError):
        staircase_independent_sets([1, 2], MOD)


def test_prompt_example_and_large_level_answer_range():
    assert brute_force(3) == 5
    problem = ENV.generate(difficulty=30, seed=0)
    assert 0 <= int(problem.answer) < problem.instance["modulus"]


def staircase_product_per_m(n: int, modulus: int) -> int:
    """The product over every m coprime to 6 of its staircase's independent sets, one kernel call each."""
    total = 1
    for m in range(1, n + 1):
        if m % 2 and m % 3:
            widths = []
            row = m
            while row <= n:
                width, value = 0, row
                while value <= n:
                    width, value = width + 1, value * 3
                widths.append(width)
                row *= 2
            total = total * staircase_independent_sets(widths, modulus) % modulus
    return total


@pytest.mark.parametrize("n", [17, 100, 359, 1000, 4321, 20010])
def test_memoised_shape_dp_matches_one_staircase_per_m(n):
    for modulus in (MOD, 998_244_353, 7):
        assert ENV.solve({"limit": n, "modulus": modulus}) == staircase_product_per_m(n, modulus)


def test_prefix_dp_matches_one_staircase_per_m_on_random_limits():
    """The compiled prefix DP against one kernel call per m, on many random limits and moduli."""
    rng = random.Random(41)
    for _ in range(40):
        n = rng.randint(1, 2500)
        modulus = rng.choice((MOD, 998_244_353, 7, 2, 65_537))
        assert ENV.solve({"limit": n, "modulus": modulus}) == staircase_product_per_m(n, modulus)
