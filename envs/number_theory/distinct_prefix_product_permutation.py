"""DistinctPrefixProductPermutation: a permutation of 1..N whose prefix products are pairwise
distinct modulo N.

One exists exactly for N = 1, N = 4 and N prime: N must come last (after it every prefix is 0),
and for composite N > 4 the product of 1..N-1 is already 0 mod N, so the last two prefixes
collide. For a prime N the prefixes 1, 2, ..., N-1, 0 are reached by the elements
1, 2/1, 3/2, ..., (N-1)/(N-2), N (division modulo N); for N = 4, 1 3 2 4 works. Any valid
permutation is accepted (the checker lives in ``_distinct_prefix``).

Difficulty schedule (N = 4 with probability 1/20, else a prime drawn from [5, max_n]):

    d       0   1   2   3   5   10   20         d
    max_n  14  20  26  32  44   74  134   14 + 6d

N = 3 is left out (the blind identity order 1 2 3 is valid for it), N = 4, whose one valid
answer is 1 3 2 4, stays rare, and level 0 offers four primes (5, 7, 11, 13) rather than two, so
that no memorised answer pays.
"""

from __future__ import annotations

from rlve_gym.envs.number_theory._distinct_prefix import DistinctPrefixPermutation
from rlve_gym.kernels.number_theory import mod_inverse, random_prime


def ratio_permutation(n: int) -> list[int]:
    """A permutation of 1..n (n = 4 or prime) with prefix products 1, 2, ..., n-1, 0 modulo n."""
    if n == 4:
        return [1, 3, 2, 4]
    if n <= 2:
        return list(range(1, n + 1))
    return [1] + [(i + 1) * mod_inverse(i, n) % n for i in range(1, n - 1)] + [n]


class DistinctPrefixProductPermutation(DistinctPrefixPermutation):
    description = "A permutation of 1..N whose prefix products are pairwise distinct modulo N"
    catalog_name = "PrefixProductMODDistinctPermutation"
    prefix_word = "products"
    empty_prefix = 1

    @staticmethod
    def extend(prefix, value, n):
        return prefix * value % n

    def schedule(self, difficulty):
        return {"max_n": 14 + 6 * difficulty}

    def generate_instance(self, rng, sizes):
        if rng.random() < 0.05:
            return {"n": 4}
        return {"n": random_prime(rng, 5, sizes["max_n"])}

    def solve(self, instance):
        return ratio_permutation(instance["n"])
