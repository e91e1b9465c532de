"""ProductTripleDistanceSum: quotient-block formula against enumerating signed triples."""

from __future__ import annotations

import pytest

import rlve_gym
from rlve_gym.envs.number_theory.product_triple_distance_sum import product_triple_distance_sum

ENV = rlve_gym.make("ProductTripleDistanceSum")


def p_by_enumeration(k):
    """P(k) straight from the definition: every signed triple of divisors with product k."""
    values = [v for d in range(1, k + 1) if k % d == 0 for v in (d, -d)]
    return sum(
        (abs(x) + abs(y) + abs(z)) ** 2
        for x in values
        for y in values
        for z in values
        if x * y * z == k
    )


P_TABLE = [0] + [p_by_enumeration(k) for k in range(1, 136)]


def test_every_small_interval_matches_enumeration():
    for a in range(1, 61):
        for b in range(a, 61):
            assert product_triple_distance_sum(a, b) == sum(P_TABLE[a : b + 1])


@pytest.mark.parametrize("difficulty", range(2))  # B <= 135, the table's reach
def test_generated_instances_match_enumeration(difficulty):
    for seed in range(25):
        problem = ENV.generate(difficulty, seed)
        a, b = problem.instance["a"], problem.instance["b"]
        assert int(problem.answer) == sum(P_TABLE[a : b + 1])


def test_edge_cases():
    assert P_TABLE[1] == 36
    assert product_triple_distance_sum(1, 1) == 36
    # a prime p: positive triples are the 3 arrangements of (1, 1, p), each with 4 sign patterns
    assert product_triple_distance_sum(7, 7) == 4 * 3 * (2 + 7) ** 2
    # a prime square: (1,1,p^2) x3 and (1,p,p) x3
    assert product_triple_distance_sum(9, 9) == 4 * 3 * ((2 + 9) ** 2 + (1 + 6) ** 2)


def test_shared_pair_tables_give_the_same_sums_as_fresh_ones():
    from rlve_gym.envs.number_theory.product_triple_distance_sum import (
        _pair_tables,
        _table_limit,
        positive_triple_square_sum,
    )

    big = _pair_tables(_table_limit(50_000))
    for n in (1, 2, 7, 100, 999, 12_345, 50_000):
        assert positive_triple_square_sum(n, big) == positive_triple_square_sum(n)
