"""HalvingChainCounting: the prefix-sum recurrence against listing every chain."""

from __future__ import annotations

import functools

import rlve_gym
from rlve_gym.envs.combinatorics_counting.halving_chain_counting import halving_chains

ENV = rlve_gym.make("HalvingChainCounting")


def list_chains(start):
    chains = [[start]]
    for nxt in range(1, start // 2 + 1):
        chains.extend([start, *tail] for tail in list_chains(nxt))
    return chains


def test_recurrence_matches_listing_for_all_small_starts():
    for n in range(1, 120):
        assert halving_chains(n) == len(list_chains(n)), n


@functools.cache
def chains_by_definition(start):
    """Chains from ``start``: itself alone, or itself followed by a chain from each y <= start / 2."""
    return 1 + sum(chains_by_definition(nxt) for nxt in range(1, start // 2 + 1))


def test_generated_problems_match_the_definition():
    for d in range(3):
        for seed in range(25):
            problem = ENV.generate(difficulty=d, seed=seed)
            assert int(problem.answer) == chains_by_definition(problem.instance["start"]) > 1


def test_edge_values_and_prompt_example():
    assert halving_chains(1) == 1 and halving_chains(2) == 2 and halving_chains(3) == 2
    assert sorted(map(tuple, list_chains(6))) == [
        (6,),
        (6, 1),
        (6, 2),
        (6, 2, 1),
        (6, 3),
        (6, 3, 1),
    ]
    # an independent memoised definition at a large start

    @functools.cache
    def f(n):
        return 1 + sum(f(k) for k in range(1, n // 2 + 1))

    assert halving_chains(1000) == f(1000)
