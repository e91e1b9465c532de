"""RowColumnExclusiveColoringCounting: the inversion-and-convolution DP against every placement."""

from __future__ import annotations

import random
from itertools import product
from math import comb

import pytest

import rlve_gym
from rlve_gym.envs.combinatorics_counting.row_column_exclusive_coloring_counting import (
    count_exclusive_colourings,
)

ENV = rlve_gym.make("RowColumnExclusiveColoringCounting")
MOD = 1_000_000_007


def brute_force(rows: int, cols: int, counts) -> int:
    total = 0
    for cells in product(range(len(counts) + 1), repeat=rows * cols):  # 0 = empty
        if any(cells.count(c + 1) != x for c, x in enumerate(counts)):
            continue
        grid = [cells[r * cols : (r + 1) * cols] for r in range(rows)]
        lines = grid + [tuple(grid[r][c] for r in range(rows)) for c in range(cols)]
        total += all(len({v for v in line if v}) <= 1 for line in lines)
    return total


@pytest.mark.parametrize(
    "rows,cols,counts",
    [
        (2, 2, [1, 1]),
        (2, 3, [1, 2]),
        (3, 3, [2, 1]),
        (3, 3, [4]),
        (2, 4, [2, 1]),
        (3, 3, [1, 1, 1]),
        (3, 2, [2, 2]),
    ],
)
def test_dp_matches_enumeration(rows, cols, counts):
    assert count_exclusive_colourings(rows, cols, counts, MOD) == brute_force(rows, cols, counts)


def test_small_generated_instances_match_enumeration():
    rng = random.Random(1)
    checked = 0
    for _ in range(20):
        inst = ENV.generate_instance(rng, {"max_side": 3, "max_colours": 2})
        if (len(inst["counts"]) + 1) ** (inst["rows"] * inst["cols"]) <= 30_000:
            expected = brute_force(inst["rows"], inst["cols"], inst["counts"]) % inst["modulus"]
            assert ENV.solve(inst) == expected
            checked += 1
    assert checked >= 10


def test_single_colour_is_a_binomial_and_impossible_counts_give_zero():
    # one colour: any 7 of the 20 cells
    assert count_exclusive_colourings(4, 5, [7], MOD) == comb(20, 7)
    # two colours on a 2 x 2 grid with 3 and 1 pieces cannot avoid a shared line
    assert count_exclusive_colourings(2, 2, [3, 1], MOD) == 0 == brute_force(2, 2, [3, 1])
    assert (
        count_exclusive_colourings(3, 3, [2, 2], 1_000_003) == brute_force(3, 3, [2, 2]) % 1_000_003
    )


def test_prompt_example_is_true():
    assert brute_force(2, 2, [1, 1]) == 4


def test_prompt_example_grid_is_never_the_instance():
    """Regression: the 2 x 2 grid with X = 1 1 (the prompt's example, 4 placements) was drawn on
    71 of 2000 low-level seeds."""
    for d in (0, 1):
        for seed in range(400):
            inst = ENV.generate(difficulty=d, seed=seed).instance
            assert (inst["rows"], inst["cols"]) != (2, 2)


def test_level_zero_never_fills_the_grid_with_one_colour():
    """Regression: 6% of level-0 instances put one colour on every cell (the answer was 1)."""
    for seed in range(300):
        problem = ENV.generate(difficulty=0, seed=seed)
        inst = problem.instance
        assert inst["counts"] != [inst["rows"] * inst["cols"]] and problem.answer != "1"


def unbounded_colourings(rows: int, cols: int, counts, mod: int) -> int:
    """The first solver, kept as an oracle: the same inversion and convolution with every
    (a, b) box tried for every colour, in plain Python."""

    def binom(n, k):
        return comb(n, k) % mod if 0 <= k <= n else 0

    fact = [1] * (rows + cols + 2)
    for n in range(1, len(fact)):
        fact[n] = fact[n - 1] * n % mod
    scaled = {(0, 0): 1}  # h(i, j) / (i! j!)
    for pieces in counts:
        block = {}
        for a in range(rows + 1):
            for b in range(cols + 1):
                total = 0
                for used_rows in range(a + 1):
                    inner = sum(
                        (-1) ** (b - used) * binom(b, used) * binom(used_rows * used, pieces)
                        for used in range(b + 1)
                    )
                    total += (-1) ** (a - used_rows) * binom(a, used_rows) * inner
                scale = pow(fact[a] * fact[b], mod - 2, mod)
                block[a, b] = total % mod * scale % mod
        combined = {}
        for (i, j), here in scaled.items():
            for a in range(1, rows - i + 1):
                for b in range(1, cols - j + 1):
                    key = (i + a, j + b)
                    combined[key] = (combined.get(key, 0) + here * block[a, b]) % mod
        scaled = combined
    return (
        sum(
            here * fact[i] * fact[j] * binom(rows, i) * binom(cols, j)
            for (i, j), here in scaled.items()
        )
        % mod
    )


def test_bounded_boxes_match_unbounded_convolution():
    rng = random.Random(17)
    for _ in range(60):
        rows, cols = rng.randint(1, 8), rng.randint(1, 8)
        colours = rng.randint(1, 4)
        counts = [rng.randint(0 if rng.random() < 0.05 else 1, rows * cols) for _ in range(colours)]
        modulus = rng.choice((MOD, 998_244_353, 1_000_003))
        assert count_exclusive_colourings(rows, cols, counts, modulus) == unbounded_colourings(
            rows, cols, counts, modulus
        ), (rows, cols, counts)


def test_generated_answers_match_unbounded_convolution():
    for d in (0, 3, 6):
        for seed in range(6):
            problem = ENV.generate(difficulty=d, seed=seed)
            inst = problem.instance
            expected = unbounded_colourings(
                inst["rows"], inst["cols"], inst["counts"], inst["modulus"]
            )
            assert int(problem.answer) == expected
