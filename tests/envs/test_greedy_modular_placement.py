"""GreedyModularPlacement: greedy against the lexicographic minimum over all placements.

The oracle tries every assignment of the free slots to the boxes; for a fixed assignment each
box's smallest Y, then smallest X, reaching its slot is found by search, and the assignment
with the lexicographically smallest (Y, X) wins.
"""

from __future__ import annotations

import random
from itertools import permutations

import pytest

import rlve_gym
from rlve_gym.envs.number_theory.greedy_modular_placement import greedy_positions

ENV = rlve_gym.make("GreedyModularPlacement")


def cheapest_shift(c, position, step, n):
    """The smallest (Y, X) with (c + step*X + Y) mod n = position, searching Y, X < n."""
    return next((y, x) for y in range(n) for x in range(n) if (c + step * x + y) % n == position)


def brute(n, shifts, step, empty):
    free = [p for p in range(n) if p != empty]
    best = None
    for assignment in permutations(free):
        pairs = [cheapest_shift(c, p, step, n) for c, p in zip(shifts, assignment, strict=True)]
        key = ([y for y, _ in pairs], [x for _, x in pairs])
        if best is None or key < best[0]:
            best = (key, list(assignment))
    return best[1]


def test_random_small_instances_match_the_lexicographic_minimum():
    rng = random.Random(9)
    for _ in range(250):
        n = rng.randint(2, 7)
        shifts = [rng.randint(0, n - 1) for _ in range(n - 1)]
        step, empty = rng.randint(1, n - 1) if n > 1 else 1, rng.randint(0, n - 1)
        assert greedy_positions(n, shifts, step, empty) == brute(n, shifts, step, empty)


@pytest.mark.parametrize("n", [4, 6, 7])
def test_generated_instances_match_the_lexicographic_minimum(n):
    # the generator at small sizes (level 0 has N = 7; the oracle is factorial in N)
    rng = random.Random(n)
    for _ in range(8):
        inst = ENV.generate_instance(rng, {"n": n})
        expected = brute(inst["n"], inst["shifts"], inst["step"], inst["empty"])
        assert ENV.solve(inst) == expected


def test_edge_cases_and_checker():
    assert greedy_positions(4, [0, 0, 0], 2, 0) == [2, 1, 3]  # gcd 2: class 0 has one free slot
    assert greedy_positions(3, [1, 1], 1, 1) == [2, 0]  # D coprime to N: Y = 0, walk with X
    instance = {"n": 4, "shifts": [0, 0, 0], "step": 2, "empty": 0}
    assert ENV.check(instance, [2, 1, 3], [2, 1, 3]).correct
    assert not ENV.check(
        instance, [2, 3, 1], [2, 1, 3]
    ).correct  # valid placement, not the smallest
    assert not ENV.check(instance, [0, 1, 3], [2, 1, 3]).correct  # uses S
    assert not ENV.check(instance, [2, 2, 3], [2, 1, 3]).correct
