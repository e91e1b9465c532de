"""PermutationsWithBoundedAdjacentDifference: the profile DP against checking every permutation,
and the compiled table-driven DP against the original dictionary DP on larger instances."""

from __future__ import annotations

import random
from collections import Counter
from itertools import permutations

import pytest

import rlve_gym
from rlve_gym.envs.combinatorics_counting.bounded_adjacent_difference_permutations import (
    _canonical,
    _is_one_path,
    count_bounded_difference_permutations,
    hamiltonian_path_count,
)

ENV = rlve_gym.make("PermutationsWithBoundedAdjacentDifference")


def brute_force(n, k, forbidden=()):
    banned = {frozenset(pair) for pair in forbidden}
    return sum(
        all(
            abs(p[i] - p[i + 1]) <= k and frozenset(p[i : i + 2]) not in banned
            for i in range(n - 1)
        )
        for p in permutations(range(1, n + 1))
    )


@pytest.mark.parametrize("n", range(0, 9))
def test_solver_matches_enumeration_for_every_limit(n):
    for k in range(0, n + 1):
        assert count_bounded_difference_permutations(n, k) == brute_force(n, k), (n, k)


def test_small_generated_instances_match_enumeration():
    rng = random.Random(6)
    for length in (6, 7, 8):
        for _ in range(4):
            inst = ENV.generate_instance(rng, {"length": length, "forbidden": 3})
            expected = brute_force(inst["length"], inst["max_difference"], inst["forbidden"])
            assert ENV.solve(inst) == expected


def test_forbidden_pairs_against_enumeration():
    rng = random.Random(8)
    for _ in range(20):
        n, k = rng.randint(4, 8), rng.randint(1, 4)
        pairs = [tuple(rng.sample(range(1, n + 1), 2)) for _ in range(rng.randint(0, 4))]
        assert count_bounded_difference_permutations(n, k, pairs) == brute_force(n, k, pairs)


def test_prompt_example_is_true():
    assert brute_force(4, 2, [(1, 3)]) == 4


def test_known_values():
    assert count_bounded_difference_permutations(10, 1) == 2
    assert count_bounded_difference_permutations(6, 5) == 720  # no restriction left
    assert count_bounded_difference_permutations(1, 0) == 1
    assert count_bounded_difference_permutations(2, 0) == 0
    # K = 2: OEIS A003274 (2, 6, 12, 20, 34, 56, ...) from n = 2 on
    assert [count_bounded_difference_permutations(n, 2) for n in range(2, 9)] == [
        2,
        6,
        12,
        20,
        34,
        56,
        88,
    ]


def test_limit_and_pairs_and_answers_are_large():
    for seed in range(30):
        inst = ENV.generate(difficulty=3, seed=seed).instance
        assert 3 <= inst["max_difference"] <= 4
        assert all(2 <= b - a <= inst["max_difference"] for a, b in inst["forbidden"])
    assert int(ENV.generate(difficulty=30, seed=0).answer) > 10**6


def test_level_zero_answers_spread():
    """Regression: at N <= 9 with no forbidden pairs one count (12) answered half of level 0."""
    answers = Counter(ENV.generate(difficulty=0, seed=seed).answer for seed in range(100))
    assert answers.most_common(1)[0][1] <= 5 and "7" not in answers


def dictionary_path_count(length, band, forbidden=frozenset()):
    """The first solver, kept as an oracle: the same profile DP written directly over a
    dictionary of window states, with the forbidden pairs looked up at every step."""
    if length <= 0:
        return 0
    total = 0
    states = {((), 0): 1}
    for value in range(1, length + 1):
        following = {}
        for (window, ends), ways in states.items():
            first = value - len(window)
            open_at = [
                i
                for i, (degree, _) in enumerate(window)
                if degree < 2 and (first + i, value) not in forbidden
            ]
            choices = [()] + [(i,) for i in open_at]
            choices += [
                (i, j)
                for a, i in enumerate(open_at)
                for j in open_at[a + 1 :]
                if window[i][1] != window[j][1]
            ]
            for chosen in choices:
                cells = list(window)
                if not chosen:
                    cells.append((0, len(window) + 1))
                elif len(chosen) == 1:
                    degree, label = cells[chosen[0]]
                    cells[chosen[0]] = (degree + 1, label)
                    cells.append((1, label))
                else:
                    (d1, l1), (d2, l2) = cells[chosen[0]], cells[chosen[1]]
                    cells[chosen[0]], cells[chosen[1]] = (d1 + 1, l1), (d2 + 1, l2)
                    cells = [(d, l1 if lab == l2 else lab) for d, lab in cells]
                    cells.append((2, l1))
                new_ends = ends
                if len(cells) > band:
                    degree, label = cells.pop(0)
                    if degree == 0:
                        continue
                    if degree == 1:
                        new_ends += 1
                        if new_ends > 2:
                            continue
                        if not any(d < 2 and lab == label for d, lab in cells):
                            if value == length and all(d == 2 for d, _ in cells):
                                total += ways
                            continue
                key = (_canonical(cells), new_ends)
                following[key] = following.get(key, 0) + ways
        states = following
    return total + sum(w for (cells, ends), w in states.items() if _is_one_path(cells, ends))


def test_table_dp_matches_dictionary_dp():
    rng = random.Random(15)
    for _ in range(300):
        length, band = rng.randint(0, 40), rng.randint(0, 6)
        band = min(band, max(length - 1, 0))
        pairs = set()
        for _ in range(rng.randint(0, 12) if length >= 2 else 0):
            a, b = sorted(rng.sample(range(1, length + 1), 2))
            pairs.add((a, b))
        forbidden = frozenset(pairs)
        assert hamiltonian_path_count(length, band, forbidden) == dictionary_path_count(
            length, band, forbidden
        ), (length, band, sorted(forbidden))


def test_generated_answers_match_dictionary_dp():
    for difficulty in (0, 10, 20, 60):
        for seed in range(15):
            problem = ENV.generate(difficulty=difficulty, seed=seed)
            inst = problem.instance
            forbidden = frozenset(map(tuple, inst["forbidden"]))
            expected = 2 * dictionary_path_count(inst["length"], inst["max_difference"], forbidden)
            assert int(problem.answer) == expected


def test_exact_counts_past_one_limb():
    """Counts above 2^62 (several limbs in the compiled DP) stay exact."""
    for length in (60, 100, 130):
        count = hamiltonian_path_count(length, 4)
        assert count > 2**62 and count == dictionary_path_count(length, 4)
