"""Arrays B whose AND with A never decreases and whose OR with A never increases: count them.

Given A[0..N-1] with entries below 2**M, count the arrays B (entries below 2**M) with
(A[i] AND B[i]) non-decreasing and (A[i] OR B[i]) non-increasing in i. Each bit of B[i] matters
to exactly one of the two conditions (to the AND where A[i] has a 1, to the OR where it has a 0),
so the count is a product of two independent counts. For each, process bits from least to most
significant: a run of positions tied on the higher bits must read 0...01...1 (AND) or 1...10...0
(OR) in the current bit, so an interval DP ``ways[l][r]`` over split points gives O(M * N**3)
(a Numba kernel).

Difficulty schedule (N positions; M is drawn from ceil(bits / 2) .. bits, at least 2; the count
is asked modulo a prime):

    d      0   1   2   3   5   10   20   30   ...
    N      6   7   7   8   9   11   16   21   ...  6 + (d + 1) // 2
    bits   6   7   8   9  11   16   20   20   ...  min(6 + d, 20)

Level 0 starts at six positions of at least three bits: smaller arrays (or one-bit values) have
a handful of small counts that a guess hits often. N grows by one every two levels so that the
O(M * N**3) DP stays well under a second at d = 100; the bit width stops at 20 (as in the
catalog).
"""

from __future__ import annotations

import numpy as np
from numba import njit

from rlve_gym.kernels.combinatorics import choose_prime
from rlve_gym.modular import ModularCountEnvironment, modulus_sentence


def monotone_bit_columns(columns: list[list[int]], modulus: int) -> int:
    """Ways to fill free cells so that the numbers read down the rows are non-decreasing.

    ``columns[b][i]`` is the state of bit ``b`` (least significant first) at position ``i``:
    0 or 1 when forced, 2 when free. Returns the number of fillings, modulo ``modulus``, for which
    the values at positions 0..N-1 (bit b weighs 2**b) form a non-decreasing sequence.
    """
    n = len(columns[0]) if columns else 0
    if n == 0:
        return 1
    return int(_monotone_columns_kernel(np.array(columns, dtype=np.int8), modulus))


@njit(cache=True)
def _monotone_columns_kernel(columns, modulus):
    """The interval DP of ``monotone_bit_columns`` (residues below 2**31, so products fit int64)."""
    n = columns.shape[1]
    # ways[l][r]: fillings of bits below the current one on positions l..r (all tied above)
    ways = np.ones((n, n), dtype=np.int64)
    for b in range(columns.shape[0]):
        column = columns[b]
        new = np.zeros((n, n), dtype=np.int64)
        for left in range(n):
            zero_ok = left  # positions left..zero_ok-1 may all be 0
            while zero_ok < n and column[zero_ok] != 1:
                zero_ok += 1
            for right in range(left, n):
                total = 0
                # split: left..x are 0, x+1..right are 1 (x = left-1 .. right)
                x = right
                while x >= left - 1:
                    if x + 1 <= right and column[x + 1] == 0:
                        break
                    if x < zero_ok:
                        lower = ways[left, x] if x >= left else 1
                        upper = ways[x + 1, right] if x + 1 <= right else 1
                        total = (total + lower * upper) % modulus
                    x -= 1
                new[left, right] = total
        ways = new
    return ways[0, n - 1] % modulus


def count_and_or_arrays(values: list[int], bits: int, modulus: int) -> int:
    """Arrays B with (values[i] & B[i]) non-decreasing and (values[i] | B[i]) non-increasing."""
    and_columns = [[2 if v >> b & 1 else 0 for v in values] for b in range(bits)]
    # OR non-increasing: reverse the positions to make it non-decreasing
    or_columns = [[1 if v >> b & 1 else 2 for v in reversed(values)] for b in range(bits)]
    return (
        monotone_bit_columns(and_columns, modulus)
        * monotone_bit_columns(or_columns, modulus)
        % modulus
    )


class AndOrMonotoneArrayCounting(ModularCountEnvironment):
    description = (
        "Count arrays B with A AND B non-decreasing and A OR B non-increasing, modulo a prime"
    )
    catalog_name = "AndOr_Sequence_Counting"

    def schedule(self, difficulty):
        return {"length": 6 + (difficulty + 1) // 2, "bits": min(6 + difficulty, 20)}

    def generate_instance(self, rng, sizes):
        bits = rng.randint(max(2, (sizes["bits"] + 1) // 2), sizes["bits"])
        values = [rng.randrange(1 << bits) for _ in range(sizes["length"])]
        return {"bits": bits, "values": values, "modulus": choose_prime(rng)}

    def solve(self, instance):
        return count_and_or_arrays(instance["values"], instance["bits"], instance["modulus"])

    def render(self, instance):
        values, bits = instance["values"], instance["bits"]
        n = len(values)
        listing = " ".join(f"A[{i}]={v}" for i, v in enumerate(values))
        return (
            f"You are given an array A of N = {n} integers (indices 0 to {n - 1}):\n{listing}\n\n"
            f"Count the arrays B[0], ..., B[{n - 1}] of integers with 0 <= B[i] < 2^{bits} = {1 << bits} "
            f"for every i, such that for every i from 0 to {n - 2}:\n"
            "- (A[i] AND B[i]) <= (A[i+1] AND B[i+1]), and\n"
            "- (A[i] OR B[i]) >= (A[i+1] OR B[i+1]),\n"
            "where AND and OR are the bitwise operations on the binary representations (for example "
            "6 AND 3 = 2 and 6 OR 3 = 7).\n"
            f"{modulus_sentence(instance['modulus'])}\n"
            "Answer with a single integer."
        )
