"""Permutations with exactly K inversions: count them, modulo a stated prime.

An inversion of a permutation P is a pair of positions i < j with P[i] > P[j]. The number of
permutations of 1..N with exactly K inversions (a Mahonian number) follows from inserting the
largest value last: it can land so that it creates 0..N-1 new inversions, which makes one DP row
a sliding-window sum of the previous one (O(N * K) with prefix sums, cut at K).

Difficulty schedule (N, the permutation length, is drawn from N_max // 2 .. N_max; K uniformly
from 1 .. N(N-1)/2 - 1, which excludes the two counts equal to 1):

    d       0   1   2   3   5   10   20   30   ...  d
    N_max  14  15  16  17  19   24   34   44   ...  14 + d

N grows by one per level, so the DP table (about N**3 / 2 cells) grows polynomially. The
instance is two numbers, so N is drawn from a wide range: with N fixed within two values a level
held a few dozen problems (the counts are symmetric in K) and one count answered a fifth of
level 0. Counts pass the moduli from N = 13 on.
"""

from __future__ import annotations

import numpy as np

from rlve_gym.kernels.combinatorics import choose_prime
from rlve_gym.modular import ModularCountEnvironment, modulus_sentence


def count_permutations_with_inversions(length: int, inversions: int, modulus: int) -> int:
    """Permutations of 1..length with exactly ``inversions`` inversions, modulo ``modulus``.

    Only the DP cells up to K are needed, and the counts are symmetric (K and N(N-1)/2 - K), so
    the row is cut at the smaller of the two: O(N * K) with one numpy prefix sum per value.
    """
    most = length * (length - 1) // 2
    if not 0 <= inversions <= most:
        return 0
    cut = min(inversions, most - inversions)
    row = np.zeros(cut + 1, dtype=np.int64)
    row[0] = 1
    for size in range(2, length + 1):
        prefix = np.concatenate(([0], np.cumsum(row)))  # residues < 2**30: far below 2**63
        lower = np.maximum(np.arange(cut + 1) - (size - 1), 0)
        row = (prefix[1:] - prefix[lower]) % modulus
    return int(row[cut])


class PermutationsWithKInversions(ModularCountEnvironment):
    description = "Number of permutations of 1..N with exactly K inversions, modulo a prime"
    catalog_name = "InversionPairK_Counting"

    def schedule(self, difficulty):
        return {"max_length": 14 + difficulty}

    def generate_instance(self, rng, sizes):
        length = rng.randint(sizes["max_length"] // 2, sizes["max_length"])
        max_inversions = length * (length - 1) // 2
        return {
            "length": length,
            "inversions": rng.randint(1, max_inversions - 1),
            "modulus": choose_prime(rng),
        }

    def solve(self, instance):
        return count_permutations_with_inversions(
            instance["length"], instance["inversions"], instance["modulus"]
        )

    def render(self, instance):
        n, k = instance["length"], instance["inversions"]
        return (
            "An inversion of a permutation P[1], P[2], ..., P[N] is a pair of positions (i, j) with "
            "i < j and P[i] > P[j]. For example, the permutation 3 1 2 has exactly 2 inversions: "
            "(1, 2) and (1, 3).\n\n"
            f"How many permutations of 1, 2, ..., {n} (N = {n}) have exactly K = {k} inversions?\n"
            f"{modulus_sentence(instance['modulus'])}\n"
            "Answer with a single integer."
        )
