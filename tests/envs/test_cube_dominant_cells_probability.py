"""CubeDominantCellsProbability: all 8! numberings of a 2 x 2 x 2 box, and the "all dominant"
probabilities of larger boxes from a direct integral over the cells' values."""

from __future__ import annotations

import itertools
import math
import random
from fractions import Fraction

import pytest

import rlve_gym
from rlve_gym.envs.probability._modular_expectation import fraction_mod
from rlve_gym.envs.probability.cube_dominant_cells_probability import (
    domain_factors,
    exactly_k_dominant,
)

ENV = rlve_gym.make("CubeDominantCellsProbability")
PRIME = 998_244_353


def cells_of(a, b, c):
    return list(itertools.product(range(a), range(b), range(c)))


def shares_coordinate(p, q):
    return p != q and any(s == t for s, t in zip(p, q))


def distribution_by_all_numberings(a, b, c):
    """P(X = k) for every k, X the number of dominant cells, over all (abc)! numberings."""
    cells = cells_of(a, b, c)
    rivals = [[j for j, q in enumerate(cells) if shares_coordinate(p, q)] for p in cells]
    counts = {}
    for numbers in itertools.permutations(range(len(cells))):
        dominant = sum(all(numbers[i] > numbers[j] for j in rivals[i]) for i in range(len(cells)))
        counts[dominant] = counts.get(dominant, 0) + 1
    total = math.factorial(len(cells))
    return {k: Fraction(v, total) for k, v in counts.items()}


def all_dominant_by_integral(a, b, c, i):
    """P(cells (0,0,0), ..., (i-1,i-1,i-1) all dominant) with independent uniform values: every
    other cell must lie below its lowest chosen rival; integrate over each order of the chosen."""
    chosen = [(j, j, j) for j in range(i)]
    rivals_of = [
        [s for s, p in enumerate(chosen) if shares_coordinate(p, t)]
        for t in cells_of(a, b, c)
        if t not in chosen
    ]
    total = Fraction(0)
    for order in itertools.permutations(range(i)):  # order[0] has the largest value
        rank = {s: r for r, s in enumerate(order)}
        power = [0] * i
        for rivals in rivals_of:
            if rivals:
                power[max(rank[s] for s in rivals)] += 1  # the lowest chosen rival bounds it
        value, exponent = Fraction(1), 0
        for r in range(i - 1, -1, -1):  # integrate the smallest value first
            exponent += power[r] + 1
            value /= exponent
        total += value
    return total


def general_position_sets(a, b, c, i):
    return sum(
        1
        for group in itertools.combinations(cells_of(a, b, c), i)
        if all(not shares_coordinate(p, q) for p, q in itertools.combinations(group, 2))
    )


def test_every_numbering_of_a_two_by_two_by_two_box():
    distribution = distribution_by_all_numberings(2, 2, 2)
    assert set(distribution) == {1, 2}
    for k, probability in distribution.items():
        assert exactly_k_dominant(2, 2, 2, k, PRIME) == fraction_mod(probability, PRIME)


def test_one_by_one_by_two_example_from_the_prompt():
    assert exactly_k_dominant(1, 1, 2, 1, PRIME) == 1


@pytest.mark.parametrize("sides", [(2, 2, 3), (2, 3, 3), (3, 3, 3), (2, 3, 4), (3, 4, 3)])
def test_inclusion_exclusion_pieces_against_integrals_and_counting(sides):
    a, b, c = sides
    q = min(sides)
    moments = []
    factors = domain_factors(a, b, c)
    for i in range(1, q + 1):
        p_all = all_dominant_by_integral(a, b, c, i)
        formula = Fraction(math.factorial(i), math.prod(factors[:i]))
        assert p_all == formula
        moments.append(general_position_sets(a, b, c, i) * p_all)
    for k in range(1, q + 1):
        exact = sum((-1) ** (i - k) * math.comb(i, k) * moments[i - 1] for i in range(k, q + 1))
        assert 0 < exact < 1
        assert exactly_k_dominant(a, b, c, k, PRIME) == fraction_mod(exact, PRIME)
    total = sum(exactly_k_dominant(a, b, c, k, PRIME) for k in range(1, q + 1)) % PRIME
    assert total == 1  # the probabilities of 1..Q dominant cells add up to 1


def test_generated_instances_verify():
    for d in (0, 5, 30):
        for seed in range(20):
            problem = ENV.generate(d, seed)
            inst = problem.instance
            assert 1 <= inst["dominant"] <= min(inst["sides"])
            assert all(f % inst["modulus"] for f in domain_factors(*inst["sides"]))
            assert ENV.verify(problem, f"<answer>{problem.answer}</answer>").correct


def test_wrong_and_malformed_answers():
    problem = ENV.generate(4, 2)
    m = problem.instance["modulus"]
    assert not ENV.verify(problem, f"<answer>{int(problem.answer) + m}</answer>").correct
    for text in ("1/2", "", "0.3"):
        assert not ENV.verify(problem, f"<answer>{text}</answer>").format_ok
    for text in ENV.near_misses(problem):
        assert not ENV.verify(problem, f"<answer>{text}</answer>").correct


def test_random_sides_sum_to_one():
    rng = random.Random(5)
    for _ in range(20):
        a, b, c = (rng.randint(2, 30) for _ in range(3))
        total = sum(exactly_k_dominant(a, b, c, k, PRIME) for k in range(1, min(a, b, c) + 1))
        assert total % PRIME == 1
