"""CoprimeDisjointSubsetPairs: ternary-state DP against trying every S/T/neither assignment."""

from __future__ import annotations

import math
import random
from itertools import product

import pytest

import rlve_gym
from rlve_gym.envs.number_theory.coprime_disjoint_subset_pairs import coprime_disjoint_pair_count

ENV = rlve_gym.make("CoprimeDisjointSubsetPairs")
BIG = 1_000_000_007


def brute(numbers):
    count = 0
    for sides in product((0, 1, 2), repeat=len(numbers)):
        s = [x for x, side in zip(numbers, sides, strict=True) if side == 1]
        t = [x for x, side in zip(numbers, sides, strict=True) if side == 2]
        count += all(math.gcd(x, y) == 1 for x in s for y in t)
    return count


def test_arbitrary_small_sets_match_enumeration():
    rng = random.Random(1)
    for _ in range(200):
        numbers = rng.sample(range(2, 60), rng.randint(1, 7))
        assert coprime_disjoint_pair_count(numbers, BIG) == brute(numbers)


def test_reduction_modulo_a_small_prime():
    numbers = [2, 3, 5, 7, 11, 13]  # pairwise coprime: every assignment works, 3^6 = 729
    assert coprime_disjoint_pair_count(numbers, BIG) == 729
    assert coprime_disjoint_pair_count(numbers, 101) == 729 % 101


@pytest.mark.parametrize("sizes", [(4, 3, 31), (6, 3, 55), (8, 4, 151)])
def test_generated_instances_match_enumeration(sizes):
    # the generator at small sizes (level 0 has ten numbers; the oracle is 3^n)
    rng = random.Random(sizes[0])
    for _ in range(6):
        instance = ENV.generate_instance(
            rng, {"n": sizes[0], "small": sizes[1], "big_bound": sizes[2]}
        )
        numbers = instance["numbers"]
        assert len(set(numbers)) == len(numbers) and min(numbers) >= 2
        assert ENV.solve(instance) == brute(numbers) % instance["modulus"]


def test_generated_levels_have_distinct_numbers():
    for difficulty in (0, 3, 10):
        numbers = ENV.generate(difficulty, 0).instance["numbers"]
        assert len(set(numbers)) == len(numbers) == ENV.schedule(difficulty)["n"]


def test_edge_cases():
    assert coprime_disjoint_pair_count([], BIG) == 1  # (empty, empty)
    assert coprime_disjoint_pair_count([2, 4], BIG) == 7  # the prompt's example
    assert coprime_disjoint_pair_count([6, 10, 15], BIG) == brute([6, 10, 15])  # no shared largest
    assert coprime_disjoint_pair_count([23 * 2, 23 * 3, 23], BIG) == brute([46, 69, 23])  # a group


def test_prime_cap_holds_at_high_difficulty():
    """The exact solver is exponential only in the small primes, which the generator caps at six
    (speed itself is measured by the benchmark, not here)."""
    for d in (20, 30, 40):
        problem = ENV.generate(d, 0)
        for x in problem.instance["numbers"]:
            for p in (2, 3, 5, 7, 11, 13):
                while x % p == 0:
                    x //= p
            large = [q for q in range(17, int(x**0.5) + 1) if x % q == 0]
            assert not large, "at most one prime factor above 13 per number"
        assert 0 <= int(problem.answer) < problem.instance["modulus"]
