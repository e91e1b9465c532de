"""DistinctPrefixProductPermutation: a permutation of 1..N whose prefix products are pairwise
distinct modulo N.

One exists exactly for N = 1, N = 4 and N prime: N must come last (after it every prefix is 0),
and for composite N > 4 the product of 1..N-1 is already 0 mod N, so the last two prefixes
collide. For a prime N the prefixes 1, 2, ..., N-1, 0 are reached by the elements
1, 2/1, 3/2, ..., (N-1)/(N-2), N (division modulo N); for N = 4, 1 3 2 4 works. Any valid
permutation is accepted (the checker lives in ``_distinct_prefix``).

The prompt also pins p_2 and one later entry (see ``_distinct_prefix``) to a random member of a
family of valid answers. With a primitive root g, the prefix products 1, g, g^-1, g^2, g^-2, ...
(the zig-zag of the exponents modulo N - 1, which is even) are all different, so the entries
1, g, g^-2, g^3, g^-4, ..., then N, are valid for every primitive root g; reversing p_2..p_(N-1)
keeps the prefix products different (they become P / P_k for the full product P).

Difficulty schedule (N a prime drawn uniformly from [17, max_n]):

    d       0   1   2   3   5   10   20         d
    max_n  50  56  62  68  80  110  170   50 + 6d

N = 3 and 4 are left out (the blind identity order is valid for 3, and 4 has the single answer
1 3 2 4), and so are 5 to 13, whose few primitive roots made one memorised answer right on 8% of
the seeds.
"""

from __future__ import annotations

from rlve_gym.envs.number_theory._distinct_prefix import DistinctPrefixPermutation
from rlve_gym.kernels.number_theory import factorize, mod_inverse, primes_up_to

#: 11 and 13 have four primitive roots each (eight family members): too few
SMALLEST_PRIME = 17


def is_primitive_root(g: int, prime: int) -> bool:
    """Whether g generates the multiplicative group modulo an odd prime."""
    return all(pow(g, (prime - 1) // q, prime) != 1 for q in factorize(prime - 1))


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
    last_is_forced = True

    @staticmethod
    def extend(prefix, value, n):
        return prefix * value % n

    def schedule(self, difficulty):
        return {"max_n": 50 + 6 * difficulty}

    def generate_instance(self, rng, sizes):
        primes = [p for p in primes_up_to(sizes["max_n"]) if p >= SMALLEST_PRIME]
        return self.with_pins(rng, rng.choice(primes))

    def valid_permutation(self, rng, n):
        root = rng.choice([g for g in range(2, n - 1) if is_primitive_root(g, n)])
        order = n - 1
        steps = [pow(root, e if i % 2 else order - e, n) for i, e in enumerate(range(1, order), 1)]
        if rng.random() < 0.5:
            steps.reverse()
        return [1] + steps + [n]
