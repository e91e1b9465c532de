"""Permutations with exactly K inversions: count them, modulo a stated prime.

An inversion of a permutation P is a pair of positions i < j with P[i] > P[j]. The number of
permutations of 1..N with exactly K inversions (a Mahonian number) follows from inserting the
largest value last: it can land so that it creates 0..N-1 new inversions, which makes one DP row
a sliding-window sum of the previous one (O(N * K) with prefix sums).

Difficulty schedule (N, the permutation length, is N_max - 1 or N_max; K is drawn uniformly
from 1 .. N(N-1)/2 - 1, which excludes the two counts equal to 1):

    d       0   1   2   3   5   10   20   30   ...  d
    N_max   5   6   7   8   10  15   25   35   ...  5 + d

N grows by one per level, so the DP table (about N**3 / 2 cells) grows polynomially; counts up
to N = 12 fit below the moduli, so low levels are asked exactly in effect. N >= 4 always: at
N = 3 both admissible K have the same count (2), which would make level 0 a constant answer.
"""

from __future__ import annotations

from rlve_gym.kernels.combinatorics import choose_prime, inversion_counts

from rlve_gym.modular import ModularCountEnvironment, modulus_sentence


class PermutationsWithKInversions(ModularCountEnvironment):
    description = "Number of permutations of 1..N with exactly K inversions, modulo a prime"
    catalog_name = "InversionPairK_Counting"

    def schedule(self, difficulty):
        return {"max_length": 5 + difficulty}

    def generate_instance(self, rng, sizes):
        length = rng.randint(sizes["max_length"] - 1, sizes["max_length"])
        max_inversions = length * (length - 1) // 2
        return {
            "length": length,
            "inversions": rng.randint(1, max_inversions - 1),
            "modulus": choose_prime(rng),
        }

    def solve(self, instance):
        counts = inversion_counts(instance["length"], instance["modulus"])
        return counts[instance["inversions"]]

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
