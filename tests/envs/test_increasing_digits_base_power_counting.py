"""IncreasingDigitsBasePowerCounting: the binomial sums against enumerating every number below 2^W."""

from __future__ import annotations

import random
from math import comb

import rlve_gym
from rlve_gym.envs.combinatorics_counting.increasing_digits_base_power_counting import (
    count_increasing_digit_numbers,
)

ENV = rlve_gym.make("IncreasingDigitsBasePowerCounting")
MOD = 1_000_000_007


def qualifies(value: int, digit_bits: int) -> bool:
    digits = []
    while value:
        digits.append(value % (1 << digit_bits))
        value >>= digit_bits
    digits.reverse()
    return len(digits) >= 2 and all(a < b for a, b in zip(digits, digits[1:], strict=False))


def brute_force(digit_bits: int, max_bits: int) -> int:
    return sum(qualifies(v, digit_bits) for v in range(1, 1 << max_bits))


def test_formula_matches_enumeration_for_all_small_parameters():
    for k in (1, 2, 3):
        for w in range(0, 13):
            assert count_increasing_digit_numbers(k, w, MOD) == brute_force(k, w), (k, w)
    for w in range(0, 18):
        assert count_increasing_digit_numbers(4, w, MOD) == brute_force(4, w), w


def test_small_generated_instances_match_enumeration():
    for max_digits in (2, 3, 4):
        for seed in range(6):
            sizes = {"max_digit_bits": 4, "max_digits": max_digits}
            inst = ENV.generate_instance(random.Random(seed), sizes)
            if inst["max_bits"] <= 17:
                expected = brute_force(inst["digit_bits"], inst["max_bits"]) % inst["modulus"]
                assert (
                    count_increasing_digit_numbers(
                        inst["digit_bits"], inst["max_bits"], inst["modulus"]
                    )
                    == expected
                )


def test_saturation_and_small_modulus():
    # with enough bits every set of at least two digits counts: 2^n - 1 - n sets
    n = (1 << 5) - 1
    assert count_increasing_digit_numbers(5, 5 * 40, MOD) == (2**n - 1 - n) % MOD
    assert (
        count_increasing_digit_numbers(6, 6 * 10 + 3, 1_000_003)
        == (sum(comb(63, j) for j in range(2, 11)) + comb(63, 11) - comb(63 - 7, 11)) % 1_000_003
    )


def test_prompt_example_is_true():
    assert [v for v in range(1, 32) if qualifies(v, 2)] == [6, 7, 11, 27]
    assert qualifies(27, 2) and (27).bit_length() == 5 and not qualifies(30, 2)


def test_prompt_gives_no_count_that_an_instance_could_ask_for():
    """Regression: the prompt stated the count 4 for K = 2, W = 5, a level-0 instance (and every
    K = 2 instance with W >= 5 has that count)."""
    problem = ENV.generate(difficulty=0, seed=0)
    assert "count is" not in problem.prompt
