"""NandReachableValuesInRange: the class-counting solver against the closure of the numbers
under NAND, computed by repeatedly combining everything obtained so far."""

from __future__ import annotations

import random

import pytest

import rlve_gym
from rlve_gym.envs.logic_puzzle.nand_reachable_values_in_range import (
    bit_classes,
    obtainable_at_most,
)

ENV = rlve_gym.make("NandReachableValuesInRange")


def nand_closure(numbers, bits):
    full = (1 << bits) - 1
    obtained = set(numbers)
    while True:
        new = {full ^ (x & y) for x in obtained for y in obtained} - obtained
        if not new:
            return obtained
        obtained |= new


@pytest.mark.parametrize("bits", (1, 2, 3, 5, 7))
def test_count_matches_the_nand_closure(bits):
    for seed in range(25):
        instance = ENV.generate_instance(random.Random(seed), {"bits": bits, "numbers": 3})
        closure = nand_closure(instance["numbers"], bits)
        expected = sum(instance["low"] <= v <= instance["high"] for v in closure)
        assert ENV.solve(instance) == expected


def test_every_bound_on_arbitrary_numbers():
    rng = random.Random(3)
    for _ in range(60):
        bits = rng.randint(1, 6)
        numbers = [rng.randrange(1 << bits) for _ in range(rng.randint(1, 3))]
        closure = sorted(nand_closure(numbers, bits))
        classes = bit_classes(numbers, bits)
        for bound in range(-1, (1 << bits) + 2):
            assert obtainable_at_most(bound, classes) == sum(v <= bound for v in closure)


def test_edge_cases():
    # one number 0: every bit in one class; obtainable values are 0 and all ones
    assert obtainable_at_most(255, bit_classes([0], 8)) == 2
    # numbers separating every bit: every value is obtainable
    assert obtainable_at_most(15, bit_classes([1, 2, 4, 8], 4)) == 16
    assert obtainable_at_most(9, bit_classes([1, 2, 4, 8], 4)) == 10


def consistent_values(numbers, bits):
    """Values whose bits agree wherever all numbers agree (checked pair by pair)."""
    same = [
        (i, j)
        for i in range(bits)
        for j in range(i + 1, bits)
        if all((x >> i) & 1 == (x >> j) & 1 for x in numbers)
    ]
    return [v for v in range(1 << bits) if all((v >> i) & 1 == (v >> j) & 1 for i, j in same)]


@pytest.mark.parametrize("difficulty", (0, 1))
def test_generated_answers_match_values_constant_on_agreeing_bits(difficulty):
    for seed in range(3):
        problem = ENV.generate(difficulty, seed)
        inst = problem.instance
        values = consistent_values(inst["numbers"], inst["bits"])
        assert int(problem.answer) == sum(inst["low"] <= v <= inst["high"] for v in values)
        assert problem.answer != "7"


def test_closure_equals_values_constant_on_agreeing_bits():
    rng = random.Random(8)
    for _ in range(30):
        bits = rng.randint(1, 6)
        numbers = [rng.randrange(1 << bits) for _ in range(rng.randint(1, 4))]
        assert sorted(nand_closure(numbers, bits)) == consistent_values(numbers, bits)


def test_wrong_and_malformed_answers_are_rejected():
    problem = ENV.generate(2, 0)
    right = int(problem.answer)
    for text in (str(right + 1), str(right - 1)):
        assert not ENV.verify(problem, f"<answer>{text}</answer>").correct
    for text in ("", "3.0", "many", "9" * 30):
        verdict = ENV.verify(problem, f"<answer>{text}</answer>")
        assert not verdict.correct and not verdict.format_ok
