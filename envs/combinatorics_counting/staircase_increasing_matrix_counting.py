"""Staircase-increasing matrices: count the N x M integer matrices with entries in 0..M that
increase strictly along every row and from each entry to the entry up and to the right, modulo
a prime.

A row of M strictly increasing values from 0..M misses exactly one value p_i. Comparing rows
i-1 and i shows that X[i][j] < X[i-1][j+1] for all j exactly when p_i >= p_{i-1} - 1. With
q_i = p_i + i this is a non-decreasing sequence with i <= q_i <= M + i, i.e. a monotone lattice
path from (0, 1) to (N, M + N) whose points all satisfy 0 <= y - x <= M + 1. Tracking y - x, the
path is a +-1 walk of M + 2N - 1 steps from 1 to M confined to [0, M + 1], counted by the
reflection principle with the two walls at -1 and M + 2 (an alternating sum over reflections).

Difficulty schedule (N and M are drawn independently from 1 .. S, N at least 2; N = 2 with
M <= 2, the prompt's worked examples, becomes M = 3):

    d     0   1   2   3   5   10   20    30   ...  d
    S    20  21  24  29  45  120  420   920   ...  20 + d^2

S starts at 20: the instance is two numbers, and with S <= 7 a level held a few dozen problems
(one count, 13, answered over 40% of level 0).

The reflection sum has O((N + M) / M) terms and a factorial table of size M + 2N, so N and M
can grow quadratically while generation stays well under a millisecond.
"""

from __future__ import annotations

from rlve_gym.kernels.combinatorics import FactorialTable, choose_prime
from rlve_gym.modular import ModularCountEnvironment, modulus_sentence


def confined_walks(
    steps: int, start: int, end: int, low: int, high: int, table: FactorialTable
) -> int:
    """+-1 walks of ``steps`` steps from start to end that never leave [low, high] (mod table.mod)."""
    if not (low <= start <= high and low <= end <= high):
        return 0

    def free(displacement: int) -> int:
        if (steps + displacement) % 2 or abs(displacement) > steps:
            return 0
        return table.binomial(steps, (steps + displacement) // 2)

    period = 2 * (high - low + 2)
    mirrored = 2 * (low - 1) - end  # end reflected in the lower wall
    total = 0
    k = -(steps // period) - 1
    while k * period <= steps + period:
        total += free(end - start + k * period) - free(mirrored - start + k * period)
        k += 1
    return total % table.mod


def count_staircase_matrices(rows: int, cols: int, modulus: int) -> int:
    """N x M matrices, entries 0..M, X[i][j] < X[i][j+1] and X[i][j] < X[i-1][j+1]."""
    steps = cols + 2 * rows - 1
    return confined_walks(steps, 1, cols, 0, cols + 1, FactorialTable(steps, modulus))


class StaircaseIncreasingMatrixCounting(ModularCountEnvironment):
    description = "Number of N x M matrices with entries 0..M increasing along rows and up-right diagonals, modulo a prime"
    catalog_name = "KiddingMe"

    def schedule(self, difficulty):
        return {"max_side": 20 + difficulty * difficulty}

    def generate_instance(self, rng, sizes):
        side = sizes["max_side"]
        rows, cols = rng.randint(2, side), rng.randint(1, side)
        if rows == 2 and cols <= 2:  # the prompt's worked examples
            cols = 3
        return {
            "rows": rows,
            "cols": cols,
            "modulus": choose_prime(rng),
        }

    def solve(self, instance):
        return count_staircase_matrices(instance["rows"], instance["cols"], instance["modulus"])

    def render(self, instance):
        n, m = instance["rows"], instance["cols"]
        return (
            f"Count the matrices X with N = {n} rows and M = {m} columns (rows numbered 1..N from the "
            "top, columns 1..M from the left) of integers such that:\n"
            "- 0 <= X[i][j] <= M for every entry;\n"
            "- X[i][j] < X[i][j+1] for every row i and every column j < M;\n"
            "- X[i][j] < X[i-1][j+1] for every row i >= 2 and every column j < M.\n"
            "For example, for N = 2 and M = 1 there are 4 such matrices (each of the two entries is 0 "
            "or 1 and there are no further conditions), and for N = 2 and M = 2 there are 8.\n"
            f"{modulus_sentence(instance['modulus'])}\n"
            "Answer with a single integer."
        )
