"""LexicographicallyLargestSubsequence: the stack greedy against every choice of positions."""

from __future__ import annotations

import itertools
import random

import pytest

import rlve_gym
from rlve_gym.envs.sequence_array.lexicographically_largest_subsequence import (
    largest_subsequence,
)

ENV = rlve_gym.make("LexicographicallyLargestSubsequence")


def largest_by_brute_force(values, k):
    return max(
        [values[i] for i in chosen] for chosen in itertools.combinations(range(len(values)), k)
    )


def verdict(problem, text):
    return ENV.verify(problem, f"<answer>{text}</answer>")


@pytest.mark.parametrize("length", range(3, 11))
def test_greedy_matches_every_subsequence_on_small_generated_arrays(length):
    for seed in range(25):
        instance = ENV.generate_instance(
            random.Random(seed), {"length": length, "max_value": max(2, length // 2)}
        )
        expected = largest_by_brute_force(instance["values"], instance["k"])
        assert ENV.solve(instance) == expected


def test_every_length_from_one_to_n():
    rng = random.Random(5)
    for _ in range(30):
        values = [rng.randint(1, 4) for _ in range(7)]
        for k in range(1, 8):
            assert largest_subsequence(values, k) == largest_by_brute_force(values, k)


def test_edge_cases():
    assert largest_subsequence([3], 1) == [3]
    assert largest_subsequence([4, 4, 4], 2) == [4, 4]
    assert largest_subsequence([1, 2, 3, 4], 2) == [3, 4]  # increasing: the tail is forced
    assert largest_subsequence([4, 3, 2, 1], 2) == [4, 3]
    assert largest_subsequence([2, 5, 1, 3], 2) == [5, 3]  # the prompt's example


@pytest.mark.parametrize("difficulty", (0, 2, 10))
def test_reference_verifies_and_neighbours_do_not(difficulty):
    for seed in range(10):
        problem = ENV.generate(difficulty, seed)
        ref = [int(t) for t in problem.answer.split()]
        assert verdict(problem, problem.answer).correct
        assert not verdict(problem, " ".join(map(str, ref[:-1] + [ref[-1] + 1]))).correct
        assert not verdict(problem, " ".join(map(str, sorted(ref)))).correct or ref == sorted(ref)
        wrong_length = verdict(problem, " ".join(map(str, ref[:-1])))
        assert not wrong_length.correct and not wrong_length.format_ok
