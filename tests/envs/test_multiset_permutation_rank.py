"""MultisetPermutationRank: the rank walk against sorting every distinct rearrangement."""

from __future__ import annotations

import random
from collections import Counter
from itertools import permutations, product

import rlve_gym
from rlve_gym.envs.combinatorics_counting.multiset_permutation_rank import (
    count_smaller_rearrangements,
)

ENV = rlve_gym.make("MultisetPermutationRank")
PRIME = 1_000_000_007


def brute_force(sequence):
    return sum(1 for p in set(permutations(sequence)) if list(p) < list(sequence))


def test_rank_matches_enumeration_for_all_short_sequences():
    for n in range(1, 6):
        for sequence in product(range(1, 4), repeat=n):
            assert count_smaller_rearrangements(list(sequence), PRIME) == brute_force(sequence), (
                sequence
            )


def test_rank_matches_enumeration_on_random_longer_sequences():
    rng = random.Random(2)
    for _ in range(60):
        sequence = [rng.randint(1, 4) for _ in range(rng.randint(6, 8))]
        assert count_smaller_rearrangements(sequence, PRIME) == brute_force(sequence)


def test_generated_instances_match_enumeration():
    rng = random.Random(5)
    for length in (4, 6, 8):
        for _ in range(8):
            inst = ENV.generate_instance(rng, {"length": length})
            assert ENV.solve(inst) == brute_force(inst["sequence"]) % inst["modulus"]


def test_edge_cases():
    assert count_smaller_rearrangements([], PRIME) == 0
    assert count_smaller_rearrangements([7], PRIME) == 0
    assert count_smaller_rearrangements([1, 2, 3], PRIME) == 0  # already the smallest
    assert count_smaller_rearrangements([3, 2, 1], PRIME) == 5
    assert count_smaller_rearrangements([2, 2, 2, 1], PRIME) == 3
    assert count_smaller_rearrangements([6, 5, 4, 3, 2, 1], 7) == 719 % 7


def test_generated_sequences_are_never_sorted():
    for seed in range(80):
        seq = ENV.generate(difficulty=0, seed=seed).instance["sequence"]
        assert seq != sorted(seq) and len(seq) == 8


def test_level_zero_answers_vary_and_never_show_the_prompt_example():
    """Regression: with 3 entries 88% of level-0 answers were 2, with 4 entries still 30%."""
    problems = [ENV.generate(difficulty=0, seed=seed) for seed in range(200)]
    assert all(p.instance["sequence"] != [2, 1, 1] for p in problems)
    answers = Counter(p.answer for p in problems)
    assert len(answers) >= 150 and answers.most_common(1)[0][1] <= 0.05 * len(problems)
