"""Digit-string splits scored by compositions: sum F(sum of the parts) over every way to cut a
digit string S into pieces, where F(n) counts the compositions of n into parts of size at most
M, modulo a prime.

F satisfies F(0) = 1, F(n) = F(n-1) + ... + F(n-M), so F(n) is the top-left entry of A^n for the
M x M companion matrix A. Because A^(x+y) = A^x A^y, the sum over splits is the top-left entry
of sum over splits of the product of A^(value of each piece). Scanning S left to right,
G[i] = sum_{j<i} G[j] A^(value of S[j:i]), where A^(value of S[j:i]) is assembled from
precomputed powers A^(digit * 10^k) as j moves left (O(|S|^2) small matrix products; piece
values may be huge, leading zeros allowed), in a Numba kernel.

Difficulty schedule (M is drawn from 2 .. 5; S has L digits, the first one non-zero; S = 12
with M = 2, the prompt's worked example, becomes M = 3):

    d     0   1   2   3   5   10   20   30   ...  d
    L     2   3   4   5   7   12   22   32   ...  2 + d

Every extra digit doubles the number of splits, so only the matrix DP answers at larger L.
"""

from __future__ import annotations

import numpy as np
from numba import njit

from rlve_gym.kernels.combinatorics import choose_prime
from rlve_gym.modular import ModularCountEnvironment, modulus_sentence


@njit(cache=True)
def _matmul(a, b, modulus):
    size = a.shape[0]
    out = np.zeros((size, size), dtype=np.int64)
    for i in range(size):
        for k in range(size):
            if a[i, k]:
                for j in range(size):
                    # entries are residues below 2**30, so every product fits in int64
                    out[i, j] = (out[i, j] + a[i, k] * b[k, j]) % modulus
    return out


def composition_split_sum(digits: str, max_part: int, modulus: int) -> int:
    """sum over the splits of ``digits`` into pieces of F(sum of the piece values), modulo ``modulus``."""
    values = np.array([int(c) for c in digits], dtype=np.int64)
    return int(_split_sum_kernel(values, max_part, modulus))


@njit(cache=True)
def _split_sum_kernel(digits, size, modulus):
    step = np.zeros((size, size), dtype=np.int64)
    step[0, :] = 1
    for i in range(1, size):
        step[i, i - 1] = 1
    identity = np.eye(size, dtype=np.int64)
    length = digits.shape[0]
    # digit_power[k, c] = A^(c * 10^k)
    digit_power = np.empty((length, 10, size, size), dtype=np.int64)
    ten_power = step % modulus
    for k in range(length):
        digit_power[k, 0] = identity
        for c in range(1, 10):
            digit_power[k, c] = _matmul(digit_power[k, c - 1], ten_power, modulus)
        ten_power = _matmul(digit_power[k, 9], ten_power, modulus)
    # prefix[i] = sum over splits of digits[:i]
    prefix = np.zeros((length + 1, size, size), dtype=np.int64)
    prefix[0] = identity
    for end in range(1, length + 1):
        piece = identity.copy()
        total = np.zeros((size, size), dtype=np.int64)
        for start in range(end - 1, -1, -1):
            piece = _matmul(piece, digit_power[end - 1 - start, digits[start]], modulus)
            total = (total + _matmul(prefix[start], piece, modulus)) % modulus
        prefix[end] = total
    return prefix[length, 0, 0]


class DigitSplitCompositionSum(ModularCountEnvironment):
    description = "Sum over all splits of a digit string of F(sum of the pieces), F counting bounded-part compositions, modulo a prime"
    catalog_name = "ConcatenationPartitionCountingSum"

    def schedule(self, difficulty):
        return {"length": 2 + difficulty}

    def generate_instance(self, rng, sizes):
        digits = str(rng.randint(1, 9)) + "".join(
            str(rng.randint(0, 9)) for _ in range(sizes["length"] - 1)
        )
        max_part = rng.randint(2, 5)
        if (digits, max_part) == ("12", 2):  # the prompt's worked example
            max_part = 3
        return {"digits": digits, "max_part": max_part, "modulus": choose_prime(rng)}

    def solve(self, instance):
        return composition_split_sum(instance["digits"], instance["max_part"], instance["modulus"])

    def render(self, instance):
        s, m = instance["digits"], instance["max_part"]
        return (
            f"Define F(n) for n >= 0 by F(0) = 1 and, for n >= 1, F(n) = F(n-1) + F(n-2) + ... + "
            f"F(n-k) with k = min(n, M) and M = {m}; in other words F(n) is the number of ways to write "
            f"n as an ordered sum of parts from 1 to {m}.\n"
            f"You are given the digit string S = {s}. Cut S into one or more non-empty consecutive "
            "pieces (every way of choosing cut positions between digits counts, including no cut); "
            "read every piece as a decimal number (leading zeros are allowed, so 07 is 7) and add "
            "them up. For every way of cutting, take F of that sum, and add these values over all "
            "ways of cutting.\n"
            "For example, with M = 2 (F(n) is then the Fibonacci-like 1, 1, 2, 3, 5, 8, ...) and "
            "S = 12: the cuts give 12 and 1 + 2 = 3, so the total is F(12) + F(3) = 233 + 3 = 236.\n"
            f"{modulus_sentence(instance['modulus'], what='total')}\n"
            "Answer with a single integer."
        )
