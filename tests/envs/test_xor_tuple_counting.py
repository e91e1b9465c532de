"""XorTupleCounting: the aligned-block method against enumerating every tuple."""

from __future__ import annotations

import random
from itertools import product

import rlve_gym
from rlve_gym.envs.combinatorics_counting.xor_tuple_counting import aligned_blocks, count_xor_tuples

ENV = rlve_gym.make("XorTupleCounting")
MOD = 1_000_000_007


def brute_force(n, low, high, target):
    count = 0
    for xs in product(range(low, high + 1), repeat=n):
        acc = 0
        for x in xs:
            acc ^= x
        count += acc == target
    return count


def test_blocks_partition_the_range():
    for low in range(0, 40):
        for high in range(low, 40):
            covered = []
            for start, bits in aligned_blocks(low, high):
                assert start % (1 << bits) == 0
                covered.extend(range(start, start + (1 << bits)))
            assert covered == list(range(low, high + 1))


def test_matches_enumeration_on_all_small_ranges():
    for n in (1, 2, 3):
        for low in range(0, 12):
            for high in range(low, 12):
                for target in range(16):
                    assert count_xor_tuples(n, low, high, target, MOD) == brute_force(
                        n, low, high, target
                    )


def test_matches_enumeration_on_random_longer_tuples():
    rng = random.Random(4)
    for _ in range(40):
        n = rng.randint(4, 5)
        low = rng.randint(0, 20)
        high = rng.randint(low, low + 8)
        target = rng.randint(0, 31)
        assert count_xor_tuples(n, low, high, target, MOD) == brute_force(n, low, high, target)


def test_small_generated_instances_match_enumeration():
    rng = random.Random(8)
    for bits in (4, 5):
        for _ in range(20):
            inst = ENV.generate_instance(rng, {"bits": bits, "max_length": 3})
            expected = (
                brute_force(inst["length"], inst["low"], inst["high"], inst["target"])
                % inst["modulus"]
            )
            assert ENV.solve(inst) == expected >= 1


def test_prompt_example_and_large_values():
    assert brute_force(2, 1, 3, 1) == 2
    # all of [0, 2^20): XOR of the first N-1 entries picks the last one, 2^(20(N-1)) tuples
    assert count_xor_tuples(5, 0, (1 << 20) - 1, 12345, MOD) == pow(2, 80, MOD)


def test_worked_example_range_never_generated():
    for d in range(2):
        for seed in range(300):
            inst = ENV.generate(difficulty=d, seed=seed).instance
            assert (inst["low"], inst["high"]) != (1, 3)
