"""BoundedStepSequenceCounting: the closed form against enumerating every sequence."""

from __future__ import annotations

from itertools import product

import pytest

import rlve_gym
from rlve_gym.envs.combinatorics_counting.bounded_step_sequence_counting import (
    count_bounded_step_sequences,
)

ENV = rlve_gym.make("BoundedStepSequenceCounting")
MOD = 1_000_000_007


def brute_force(total: int, length: int, step: int) -> int:
    count = 0
    for tail in product(range(1, step + 1), repeat=length - 1):
        count += sum(1 for first in range(1, total + 1) if first + sum(tail) <= total)
    return count


def test_closed_form_matches_enumeration_on_all_small_cases():
    for total in range(1, 13):
        for length in range(1, 6):
            for step in range(1, 5):
                if step * (length - 1) < total:
                    assert count_bounded_step_sequences(total, length, step, MOD) == brute_force(
                        total, length, step
                    )


def test_generated_small_levels_match_enumeration():
    for d in range(3):
        for seed in range(10):
            inst = ENV.generate(difficulty=d, seed=seed).instance
            assert inst["step"] * (inst["length"] - 1) < inst["total"]
            if inst["step"] ** (inst["length"] - 1) * inst["total"] <= 20000:
                expected = (
                    brute_force(inst["total"], inst["length"], inst["step"]) % inst["modulus"]
                )
                assert ENV.solve(inst) == expected


def test_guarantee_is_enforced_and_small_modulus():
    with pytest.raises(ValueError):
        count_bounded_step_sequences(4, 3, 2, MOD)
    assert count_bounded_step_sequences(1, 1, 5, MOD) == 1
    assert count_bounded_step_sequences(11, 4, 3, 7) == brute_force(11, 4, 3) % 7


def test_prompt_example_is_true():
    assert brute_force(3, 2, 2) == 3
    assert "K = 2, M = 2 and N = 3 there are 3" in ENV.generate(difficulty=0, seed=0).prompt


def test_prompt_example_is_never_the_instance():
    """Regression: the example used N = 4, which level 0 could draw (N is at least 4)."""
    for seed in range(300):
        inst = ENV.generate(difficulty=0, seed=seed).instance
        assert inst["total"] >= 4
