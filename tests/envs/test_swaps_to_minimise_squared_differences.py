"""SwapsToMinimiseSquaredDifferences: the inversion count against a breadth-first search over
adjacent swaps of both arrays, and the rank pairing against trying every pairing."""

from __future__ import annotations

import itertools
import random

import pytest

import rlve_gym
from rlve_gym.envs.sequence_array.swaps_to_minimise_squared_differences import (
    fewest_swaps,
    permutation_with_inversions,
)

ENV = rlve_gym.make("SwapsToMinimiseSquaredDifferences")


def squared(a, b):
    return sum((x - y) ** 2 for x, y in zip(a, b, strict=True))


def fewest_swaps_by_search(a, b):
    """Breadth-first over (A, B) states; stop at the first level holding a state with the
    smallest D over all pairings (found by trying every permutation of B)."""
    best = min(squared(a, perm) for perm in itertools.permutations(b))
    start = (tuple(a), tuple(b))
    seen, frontier, moves = {start}, [start], 0
    while True:
        if any(squared(x, y) == best for x, y in frontier):
            return moves
        following = []
        for x, y in frontier:
            for which in (0, 1):
                arrays = [list(x), list(y)]
                for i in range(len(x) - 1):
                    arr = list(arrays[which])
                    arr[i], arr[i + 1] = arr[i + 1], arr[i]
                    state = (tuple(arr), y) if which == 0 else (x, tuple(arr))
                    if state not in seen:
                        seen.add(state)
                        following.append(state)
        frontier, moves = following, moves + 1


@pytest.mark.parametrize("length", [1, 2, 3, 4])
def test_inversion_count_matches_searching_swaps(length):
    for seed in range(12):
        instance = ENV.generate_instance(random.Random(seed), {"length": length})
        expected = fewest_swaps_by_search(instance["first"], instance["second"])
        assert ENV.solve(instance) == expected
        assert ENV.check(instance, ENV.parse(str(expected), instance), expected).correct
        assert not ENV.check(instance, expected + 1, expected).correct


def test_against_a_quadratic_count_on_larger_arrays():
    rng = random.Random(7)
    for _ in range(100):
        n = rng.randint(1, 12)
        a, b = rng.sample(range(40), n), rng.sample(range(40), n)
        # pair by rank: the element of B at position j must meet the same-rank element of A
        sorted_a, sorted_b = sorted(a), sorted(b)
        partner_position = [b.index(sorted_b[sorted_a.index(x)]) for x in a]
        expected = sum(
            partner_position[i] > partner_position[j]
            for i, j in itertools.combinations(range(n), 2)
        )
        assert fewest_swaps(a, b) == expected


def test_examples_and_already_sorted_pairs():
    assert fewest_swaps([1, 5, 3], [2, 4, 9]) == 1  # the prompt's example
    assert fewest_swaps([1, 2, 3], [7, 8, 9]) == 0
    assert fewest_swaps([3, 2, 1], [7, 8, 9]) == 3
    assert fewest_swaps([4], [10]) == 0


def test_malformed_answers_are_format_errors():
    problem = ENV.generate(2, 5)
    for text in ("", "3 4", "x", "7" * 20):
        verdict = ENV.verify(problem, f"<answer>{text}</answer>")
        assert not verdict.correct and not verdict.format_ok


def test_permutations_with_a_given_inversion_count():
    rng = random.Random(2)
    for n in range(1, 9):
        for inversions in range(n * (n - 1) // 2 + 1):
            perm = permutation_with_inversions(rng, n, inversions)
            assert sorted(perm) == list(range(n))
            assert (
                sum(perm[i] > perm[j] for i, j in itertools.combinations(range(n), 2)) == inversions
            )
