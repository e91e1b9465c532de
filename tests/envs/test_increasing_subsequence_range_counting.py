"""IncreasingSubsequenceRangeCounting: the segment DP against enumerating every sequence."""

from __future__ import annotations

import random
from itertools import product

import rlve_gym
from rlve_gym.envs.combinatorics_counting.increasing_subsequence_range_counting import (
    count_increasing_choices,
)

ENV = rlve_gym.make("IncreasingSubsequenceRangeCounting")
MOD = 1_000_000_007


def brute_force(lows, highs) -> int:
    options = [[0, *range(lo, hi + 1)] for lo, hi in zip(lows, highs, strict=True)]
    count = 0
    for seq in product(*options):
        chosen = [v for v in seq if v]
        count += bool(chosen) and all(a < b for a, b in zip(chosen, chosen[1:], strict=False))
    return count


def test_segment_dp_matches_enumeration():
    rng = random.Random(11)
    for _ in range(150):
        n = rng.randint(1, 5)
        lows, highs = [], []
        for _ in range(n):
            a, b = rng.randint(1, 7), rng.randint(1, 7)
            lows.append(min(a, b))
            highs.append(max(a, b))
        assert count_increasing_choices(lows, highs, MOD) == brute_force(lows, highs), (lows, highs)


def test_generated_small_levels_match_enumeration():
    for d in range(2):
        for seed in range(6):
            problem = ENV.generate(difficulty=d, seed=seed)
            inst = problem.instance
            assert int(problem.answer) == brute_force(inst["lows"], inst["highs"]) % inst["modulus"]


def test_edges():
    assert count_increasing_choices([5], [5], MOD) == 1
    assert count_increasing_choices([3, 1], [3, 1], MOD) == 2  # (3, 0) or (0, 1); (3, 1) decreases
    # a single wide interval repeated: choose any non-empty subset of positions with increasing values
    assert (
        count_increasing_choices([1] * 4, [10**8] * 4, 998244353)
        == brute_force_formula(4, 10**8) % 998244353
    )


def brute_force_formula(n: int, values: int) -> int:
    from math import comb

    return sum(comb(n, k) * comb(values, k) for k in range(1, n + 1))


def test_prompt_example_is_true():
    assert brute_force([1, 2], [2, 3]) == 7
