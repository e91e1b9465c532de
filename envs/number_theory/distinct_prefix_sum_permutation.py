"""DistinctPrefixSumPermutation: a permutation of 1..N whose prefix sums are pairwise distinct
modulo N.

One exists exactly for N = 1 and even N: for odd N > 1 the value N adds 0, so its prefix repeats
the one before it unless N comes first, and then the full sum N(N+1)/2 = 0 (mod N) repeats the
first prefix. For even N the zig-zag N, 1, N-2, 3, N-4, 5, ... has prefix sums
0, 1, -1, 2, -2, 3, ... (mod N), all different. Any valid permutation is accepted (the checker
lives in ``_distinct_prefix``).

Difficulty schedule (N an even number from [6, max_n] that is not a power of two):

    d       0   1   2   3   5   10   20         d
    max_n  12  18  24  30  42   72  132   12 + 6d

Powers of two are left out: for them the blind reversed order N, N-1, ..., 1 is valid (its
prefix sums are -k(k-1)/2 modulo N, all different exactly when N is a power of two), and N = 4
is the format example.
"""

from __future__ import annotations

from rlve_gym.envs.number_theory._distinct_prefix import DistinctPrefixPermutation


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
        return {"max_n": 12 + 6 * difficulty}

    def generate_instance(self, rng, sizes):
        candidates = [n for n in range(6, sizes["max_n"] + 1, 2) if n & (n - 1)]
        return {"n": rng.choice(candidates)}

    def solve(self, instance):
        return zigzag_permutation(instance["n"])
