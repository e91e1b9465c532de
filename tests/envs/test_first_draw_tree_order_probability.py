"""FirstDrawTreeOrderProbability: the tree DP against every weight choice and every order of
first appearances, with exact fractions."""

from __future__ import annotations

import itertools
import random
from fractions import Fraction

import pytest

import rlve_gym
from rlve_gym.envs.probability._modular_expectation import fraction_mod
from rlve_gym.envs.probability.first_draw_tree_order_probability import (
    ordered_first_draw_probability,
)

ENV = rlve_gym.make("FirstDrawTreeOrderProbability")
PRIME = 998_244_353


def probability_by_enumeration(counts, arcs):
    """Sum over weight choices (3^n) and first-appearance orders (n!) meeting every arc."""
    n = len(counts)
    good_orders = [
        order
        for order in itertools.permutations(range(n))
        if all(order.index(u) < order.index(v) for u, v in arcs)
    ]
    total = Fraction(0)
    for weights in itertools.product((1, 2, 3), repeat=n):
        chance = Fraction(1)
        for i, w in enumerate(weights):
            chance *= Fraction(counts[i][w - 1], sum(counts[i]))
        if chance == 0:
            continue
        for order in good_orders:
            left = sum(weights)
            p = Fraction(1)
            for item in order:  # first appearances: weighted sampling without replacement
                p *= Fraction(weights[item], left)
                left -= weights[item]
            total += chance * p
    return total


@pytest.mark.parametrize("n", [2, 3, 4, 5])
def test_dp_matches_enumeration(n):
    for seed in range(8):
        inst = ENV.generate_instance(random.Random(seed), {"items": n, "max_count": 4})
        exact = probability_by_enumeration(inst["counts"], inst["arcs"])
        assert ENV.solve(inst) == fraction_mod(exact, inst["modulus"])


def test_first_draw_order_is_sampling_without_replacement():
    """Two items of weights 1 and 3: item 0 first with probability 1/4 (the prompt's example)."""
    counts = [[1, 0, 0], [0, 0, 1]]
    assert probability_by_enumeration(counts, [[0, 1]]) == Fraction(1, 4)
    assert ordered_first_draw_probability(counts, [[0, 1]], PRIME) == fraction_mod(
        Fraction(1, 4), PRIME
    )
    assert ordered_first_draw_probability(counts, [[1, 0]], PRIME) == fraction_mod(
        Fraction(3, 4), PRIME
    )


def test_paths_and_stars_in_every_orientation():
    counts = [[1, 2, 3], [2, 1, 1], [3, 3, 1], [1, 1, 4]]
    for shape in ([(0, 1), (1, 2), (2, 3)], [(0, 1), (0, 2), (0, 3)], [(2, 0), (2, 1), (2, 3)]):
        for flips in itertools.product((False, True), repeat=3):
            arcs = [[v, u] if f else [u, v] for (u, v), f in zip(shape, flips)]
            exact = probability_by_enumeration(counts, arcs)
            assert ordered_first_draw_probability(counts, arcs, PRIME) == fraction_mod(exact, PRIME)


def test_generated_instances_verify():
    for d in (0, 5, 20):
        for seed in range(15):
            problem = ENV.generate(d, seed)
            assert len(problem.instance["arcs"]) == len(problem.instance["counts"]) - 1
            assert ENV.verify(problem, f"<answer>{problem.answer}</answer>").correct


def test_wrong_and_malformed_answers():
    problem = ENV.generate(1, 6)
    m = problem.instance["modulus"]
    assert not ENV.verify(problem, f"<answer>{int(problem.answer) + m}</answer>").correct
    for text in ("1/4", "", "0.25"):
        assert not ENV.verify(problem, f"<answer>{text}</answer>").format_ok
    for text in ENV.near_misses(problem):
        assert not ENV.verify(problem, f"<answer>{text}</answer>").correct
