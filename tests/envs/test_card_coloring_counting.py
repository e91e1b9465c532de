"""CardColoringCounting: Burnside against walking the orbits of every colouring."""

from __future__ import annotations

import random
from itertools import permutations

import pytest

import rlve_gym
from rlve_gym.envs.combinatorics_counting.card_coloring_counting import COLOURS, orbit_count
from rlve_gym.kernels.counting_dp import (
    burnside_orbits,
    fixed_colourings,
    fixed_colourings_three,
    group_closure,
)

ENV = rlve_gym.make("CardColoringCounting")


def apply(shuffle, colouring):
    out = [None] * len(colouring)
    for i, target in enumerate(shuffle):
        out[target] = colouring[i]
    return tuple(out)


def brute_force(cards, shuffles, counts):
    base = "".join(c * k for c, k in zip(COLOURS, counts, strict=True))
    colourings = set(permutations(base))
    seen, classes = set(), 0
    for colouring in colourings:
        if colouring in seen:
            continue
        classes += 1
        stack = [colouring]
        seen.add(colouring)
        while stack:
            current = stack.pop()
            for s in shuffles:
                nxt = apply(s, current)
                if nxt not in seen:
                    seen.add(nxt)
                    stack.append(nxt)
    return classes


def test_small_generated_instances_match_orbit_walk():
    for cards in range(5, 10):
        for seed in range(8):
            sizes = {"cards": cards, "max_group_order": 4 * cards}
            inst = ENV.generate_instance(random.Random(seed), sizes)
            assert ENV.solve(inst) == brute_force(inst["cards"], inst["shuffles"], inst["counts"])


@pytest.mark.parametrize(
    "shuffles,counts,expected",
    [
        ([[1, 2, 0]], (1, 1, 1), 2),  # the prompt example
        ([], (2, 1, 0), 3),  # no shuffles: every colouring is its own class
        ([[1, 2, 3, 0], [3, 2, 1, 0]], (2, 2, 0), 2),  # dihedral square: adjacent or opposite pair
        ([[1, 0, 2, 3], [1, 2, 3, 0]], (2, 1, 1), 1),  # the whole symmetric group
        ([[1, 2, 3, 4, 0]], (5, 0, 0), 1),
    ],
)
def test_hand_checked_groups(shuffles, counts, expected):
    cards = sum(counts)
    group = group_closure(shuffles, cards, limit=1000)
    assert burnside_orbits(group, counts) == expected == brute_force(cards, shuffles, counts)


def test_generated_groups_respect_the_cap():
    for d in (0, 5, 12):
        sizes = ENV.schedule(d)
        for seed in range(5):
            inst = ENV.generate(difficulty=d, seed=seed).instance
            assert (
                group_closure(inst["shuffles"], inst["cards"], sizes["max_group_order"]) is not None
            )
            assert sum(inst["counts"]) == inst["cards"]


def test_non_group_input_is_reported():
    with pytest.raises(ValueError):
        burnside_orbits([(0, 1, 2), (1, 2, 0)], (2, 1, 0))


def test_compiled_knapsack_matches_dictionary_knapsack():
    rng = random.Random(21)
    for _ in range(2000):
        positions = rng.randint(0, 45)  # past 39 the compiled version hands over to the exact one
        lengths, left = [], positions
        while left:
            lengths.append(rng.randint(1, left))
            left -= lengths[-1]
        if rng.random() < 0.1:
            lengths.append(rng.randint(1, 3))  # cycles that do not add up to the counts: 0
        colours = rng.randint(1, 3)
        cuts = sorted(rng.randint(0, positions) for _ in range(colours - 1))
        bounds = [0, *cuts, positions]
        counts = [bounds[k + 1] - bounds[k] for k in range(colours)]
        assert fixed_colourings_three(lengths, counts) == fixed_colourings(lengths, counts)


def test_generated_answers_match_kernel_burnside():
    for d in (0, 10, 20, 29, 35):
        for seed in range(20):
            problem = ENV.generate(difficulty=d, seed=seed)
            inst = problem.instance
            group = group_closure(inst["shuffles"], inst["cards"], limit=10**6)
            assert int(problem.answer) == burnside_orbits(group, inst["counts"])
            assert orbit_count(group, inst["counts"]) == int(problem.answer)
