"""DistinctPrefixSumPermutation: a permutation of 1..N whose prefix sums are pairwise distinct
modulo N.

One exists exactly for N = 1 and even N: for odd N > 1 the value N adds 0, so its prefix repeats
the one before it unless N comes first, and then the full sum N(N+1)/2 = 0 (mod N) repeats the
first prefix. For even N the zig-zag N, 1, N-2, 3, N-4, 5, ... has prefix sums
0, 1, -1, 2, -2, 3, ... (mod N), all different. Any valid permutation is accepted (the checker
lives in ``_distinct_prefix``).

The prompt also pins p_2 and one later entry (see ``_distinct_prefix``) to a random member of a
family of valid answers: the zig-zag with every entry but N multiplied by a unit u modulo N
(prefix sums u * (0, 1, -1, 2, ...), still all different), possibly with p_2..p_N reversed (the
prefix sums become S - s_k for the total S, still all different).

Difficulty schedule (N an even number from [14, max_n] that is not a power of two):

    d       0   1   2   3   5   10   20         d
    max_n  40  46  52  58  70  100  160   40 + 6d

Powers of two are left out: for them the blind reversed order N, N-1, ..., 1 is valid (its
prefix sums are -k(k-1)/2 modulo N, all different exactly when N is a power of two). N = 6, 10
and 12 (at most four units, eight family members) are left out too: with them one memorised
answer was right on 5% of the seeds.
"""

from __future__ import annotations

import math

from rlve_gym.envs.number_theory._distinct_prefix import DistinctPrefixPermutation

#: 6, 10 and 12 have at most four units (eight family members): too few
SMALLEST_N = 14


def zigzag_permutation(n: int) -> list[int]:
    """N, 1, N-2, 3, N-4, ...: prefix sums 0, 1, -1, 2, -2, ... modulo an even n."""
    return [n] + [i if i % 2 else n - i for i in range(1, n)]


class DistinctPrefixSumPermutation(DistinctPrefixPermutation):
    description = "A permutation of 1..N whose prefix sums are pairwise distinct modulo N"
    catalog_name = "PrefixSumMODDistinctPermutation"
    prefix_word = "sums"
    empty_prefix = 0

    @staticmethod
    def extend(prefix, value, n):
        return (prefix + value) % n

    def schedule(self, difficulty):
        return {"max_n": 40 + 6 * difficulty}

    def generate_instance(self, rng, sizes):
        candidates = [n for n in range(SMALLEST_N, sizes["max_n"] + 1, 2) if n & (n - 1)]
        return self.with_pins(rng, rng.choice(candidates))

    def valid_permutation(self, rng, n):
        units = [u for u in range(1, n) if math.gcd(u, n) == 1]
        unit = rng.choice(units)
        steps = [value * unit % n for value in zigzag_permutation(n)[1:]]
        if rng.random() < 0.5:
            steps.reverse()
        return [n] + steps
