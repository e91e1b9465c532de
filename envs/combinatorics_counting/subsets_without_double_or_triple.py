"""Subsets of 1..N with no pair (x, 2x) and no pair (x, 3x): count them, modulo a prime.

Write every number as m * 2^a * 3^b with m coprime to 6. The forbidden pairs only link numbers
with the same m, and for a fixed m they are the neighbours (a, b)-(a + 1, b) and
(a, b)-(a, b + 1) of a staircase grid {(a, b) : 2^a 3^b <= N / m}. So the count is the product,
over m, of the numbers of independent sets of these staircases. The staircase of N / m holds
exactly the 3-smooth numbers up to N / m, a prefix of their sorted list, so the m are grouped by
that prefix (a few dozen groups, each a range of m); the prefix's lower rows are the prefix of
the even 3-smooth numbers, so one compiled row step per prefix, in increasing order, counts
every staircase.

Difficulty schedule (N is drawn uniformly from ceil(N_max / 2) .. N_max):

    d       0    1    2    3    5     10     20     30    ...  d
    N_max  200  250  400  650  1450  5200  20200  45200   ...  200 + 50 d^2

The instance is one number, so it is drawn from a wide range from level 0 on (with N <= 10 a
level held 30 problems and one count, 76, answered a fifth of them); N >= 100 also puts every
count past the moduli.

The staircase is at most log3(N) + 1 cells wide, so even at d = 30 each grid DP has about a
thousand states per row.
"""

from __future__ import annotations

import numpy as np
from numba import njit

from rlve_gym.kernels.combinatorics import choose_prime
from rlve_gym.modular import ModularCountEnvironment, modulus_sentence


def _coprime_to_six_up_to(x: int) -> int:
    return x - x // 2 - x // 3 + x // 6


@njit(cache=True)
def _staircase_totals(limit, modulus):  # pragma: no cover - compiled
    """smooth: the numbers 2^a 3^b <= limit in increasing order; totals[k]: independent sets
    (mod ``modulus``) of the staircase made of the first k of them.

    The staircase of a quotient q holds exactly the 3-smooth numbers <= q, a prefix of
    ``smooth``, so shapes are numbered by the prefix length k. Its top row (b = 0 .. ) holds the
    odd ones (powers of 3) and the rows below are the staircase of q / 2, the prefix of the even
    ones. Each prefix is one row step: ways over its top-row masks from the subset sums of the
    lower prefix's ways, then its own subset sums for the prefixes above it.
    """
    count = 0
    two = 1
    while two <= limit:
        value = two
        while value <= limit:
            count += 1
            value *= 3
        two *= 2
    smooth = np.empty(count, dtype=np.int64)
    position = 0
    two = 1
    while two <= limit:
        value = two
        while value <= limit:
            smooth[position] = value
            position += 1
            value *= 3
        two *= 2
    smooth.sort()
    width = np.zeros(count + 1, dtype=np.int64)  # top-row width of prefix k
    lower = np.zeros(count + 1, dtype=np.int64)  # the prefix formed by the rows below it
    offset = np.zeros(count + 2, dtype=np.int64)  # where prefix k's subset sums start
    offset[1] = 1
    for k in range(1, count + 1):
        width[k] = width[k - 1] + (smooth[k - 1] % 2)
        lower[k] = lower[k - 1] + 1 - (smooth[k - 1] % 2)
        offset[k + 1] = offset[k] + (1 << width[k])
    sums = np.zeros(offset[count + 1], dtype=np.int64)
    sums[0] = 1 % modulus  # the empty staircase: one (empty) set
    totals = np.zeros(count + 1, dtype=np.int64)
    totals[0] = 1 % modulus
    for k in range(1, count + 1):
        w, start = width[k], offset[k]
        below = offset[lower[k]]
        free = (1 << width[lower[k]]) - 1
        total = 0
        for mask in range(1 << w):
            ways = 0
            if mask & (mask >> 1) == 0:
                ways = sums[below + (~mask & free)]
            sums[start + mask] = ways
            total = (total + ways) % modulus
        totals[k] = total
        for bit in range(w):
            for mask in range(1 << w):
                if (mask >> bit) & 1:
                    sums[start + mask] = (
                        sums[start + mask] + sums[start + (mask ^ (1 << bit))]
                    ) % modulus
    return smooth, totals


def count_subsets_without_double_or_triple(limit: int, modulus: int) -> int:
    """Product over the staircase prefixes k of totals[k]^(number of m coprime to 6 whose
    quotient limit // m has exactly the first k 3-smooth numbers below it)."""
    if limit <= 0:
        return 1
    smooth, totals = _staircase_totals(limit, modulus)
    answer = 1
    for k in range(1, len(smooth) + 1):
        # limit // m lies in [smooth[k-1], smooth[k]) exactly for m in (limit // smooth[k], limit // smooth[k-1]]
        high = limit // int(smooth[k - 1])
        low = limit // int(smooth[k]) if k < len(smooth) else 0
        how_many = _coprime_to_six_up_to(high) - _coprime_to_six_up_to(low)
        if how_many:
            answer = answer * pow(int(totals[k]), how_many, modulus) % modulus
    return answer


class SubsetsWithoutDoubleOrTriple(ModularCountEnvironment):
    description = (
        "Number of subsets of 1..N containing no pair x, 2x and no pair x, 3x, modulo a prime"
    )
    catalog_name = "NoDoubleTripleCounting"

    def schedule(self, difficulty):
        return {"max_limit": 200 + 50 * difficulty * difficulty}

    def generate_instance(self, rng, sizes):
        largest = sizes["max_limit"]
        return {"limit": rng.randint((largest + 1) // 2, largest), "modulus": choose_prime(rng)}

    def solve(self, instance):
        return count_subsets_without_double_or_triple(instance["limit"], instance["modulus"])

    def render(self, instance):
        n = instance["limit"]
        return (
            f"Count the subsets S of {{1, 2, ..., {n}}} (N = {n}) such that for every x in S, "
            "neither 2x nor 3x is in S. The empty set counts.\n"
            "For example, for N = 3 the valid subsets are {}, {1}, {2}, {3} and {2, 3}, so the count "
            "is 5.\n"
            f"{modulus_sentence(instance['modulus'])}\n"
            "Answer with a single integer."
        )
