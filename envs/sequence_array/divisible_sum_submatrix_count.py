"""DivisibleSumSubmatrixCount: how many submatrices of an integer matrix have a sum divisible by K.

The solver sees an R x C matrix of non-negative integers and a modulus K, and counts the
submatrices - choices of a contiguous range of rows and a contiguous range of columns,
R(R+1)/2 x C(C+1)/2 in all - whose entries add up to a multiple of K (a sum of 0 counts). The
answer is one integer; only the exact count is correct.

The reference fixes the row range, adds the rows into column totals, and counts pairs of equal
prefix sums of those totals modulo K: two equal residues bound exactly one divisible block.
That is O(R^2 * C) (numpy-vectorised per row range), against O(R^2 * C^2) blocks.

Difficulty schedule (R and C each drawn from [S - S // 3, S]; K from [2, S + 2]; entries from
[0, V]):

    d      0   1   2   3  ...  10  ...  20  ...  d
    S      6   7   7   8  ...  11  ...  16  ...  6 + (d + 1) // 2
    V      9  10  11  12  ...  19  ...  29  ...  9 + d

Level 0 is 4x4 to 6x6 with K up to 8: on smaller matrices the count, about (number of
blocks) / K, takes few enough values that a fixed guess is right too often. The side grows by one every two levels (the number of
blocks with its fourth power) and K and the entries grow with it.
"""

from __future__ import annotations

import numpy as np

from rlve_gym import Environment
from rlve_gym.answers import parse_int


def count_divisible_blocks(matrix: list[list[int]], modulus: int) -> int:
    """Number of submatrices whose entry sum is a multiple of ``modulus``."""
    grid = np.asarray(matrix, dtype=np.int64) % modulus
    height, width = grid.shape
    total = 0
    for top in range(height):
        column_totals = np.zeros(width, dtype=np.int64)
        for bottom in range(top, height):
            column_totals = (column_totals + grid[bottom]) % modulus
            residues = np.concatenate(([0], np.cumsum(column_totals) % modulus))
            counts = np.bincount(residues, minlength=modulus)
            total += int((counts * (counts - 1) // 2).sum())
    return total


class DivisibleSumSubmatrixCount(Environment):
    description = "The number of submatrices whose entry sum is divisible by K"
    answer_kind = "single_int"
    answer_example = "-3"
    catalog_name = "SubmatrixSumDivisibleCounting"

    def schedule(self, difficulty):
        return {"max_side": 6 + (difficulty + 1) // 2, "max_value": 9 + difficulty}

    def generate_instance(self, rng, sizes):
        side = sizes["max_side"]
        height, width = (rng.randint(side - side // 3, side) for _ in range(2))
        matrix = [[rng.randint(0, sizes["max_value"]) for _ in range(width)] for _ in range(height)]
        return {"matrix": matrix, "modulus": rng.randint(2, side + 2)}

    def solve(self, instance):
        return count_divisible_blocks(instance["matrix"], instance["modulus"])

    def render(self, instance):
        matrix, k = instance["matrix"], instance["modulus"]
        shown = "\n".join(" ".join(map(str, row)) for row in matrix)
        return (
            f"A matrix with {len(matrix)} rows and {len(matrix[0])} columns (one row per "
            f"line):\n{shown}\n\n"
            "A submatrix is obtained by choosing a range of consecutive rows and a range of "
            "consecutive columns and taking the entries where they cross; every single entry is "
            "a submatrix too, and two submatrices are different if their row ranges or column "
            f"ranges differ. Count the submatrices whose entries add up to a multiple of K = {k} "
            "(a sum of 0 is a multiple of K).\n"
            "Answer with the count, a single integer. For example, for the matrix with rows 1 2 "
            "and 3 4 and K = 3 the answer would be 3 (the single entry 3, the row 1 2 and the "
            "column 2 4)."
        )

    def parse(self, text, instance):
        return parse_int(text, max_digits=30)
