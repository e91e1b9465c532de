"""PrimeGcdPairCount: the number of pairs (x, y), x <= N, y <= M, whose gcd is a prime.

Counting by the value of the gcd: pairs with gcd(x, y) = p are the coprime pairs of
(N/p, M/p), so the count is sum_t floor(N/t) floor(M/t) * f(t) with f(t) = sum over primes p
dividing t of mu(t/p). The reference builds f with a sieve and sums over constant-quotient blocks.

Difficulty schedule (N and M drawn from [4, max_n]):

    d       0   1    2    3    5     10     20      d
    max_n   8  64  216  512  1728  10648  74088   8 * (d + 1)^3

N, M >= 4 keeps gcd 2 and gcd 3 both possible, so the answer is at least 2.
"""

from __future__ import annotations

import numpy as np

from rlve_gym import Environment
from rlve_gym.kernels.number_theory import mobius_table, primes_up_to, sum_floor_products


def prime_gcd_pair_count(n: int, m: int) -> int:
    """#{(x, y) : 1 <= x <= n, 1 <= y <= m, gcd(x, y) prime}."""
    limit = min(n, m)
    if limit < 2:
        return 0
    mu = mobius_table(limit)
    weight = np.zeros(limit + 1, dtype=np.int64)
    for p in primes_up_to(limit):
        weight[p::p] += mu[1 : limit // p + 1]
    return sum_floor_products(n, m, np.cumsum(weight))


class PrimeGcdPairCount(Environment):
    description = "Number of pairs (x, y) with x <= N, y <= M whose gcd is a prime number"
    answer_kind = "single_int"
    answer_example = "13"
    catalog_name = "GCDPrime_Counting"

    def schedule(self, difficulty):
        return {"max_n": 8 * (difficulty + 1) ** 3}

    def generate_instance(self, rng, sizes):
        return {"n": rng.randint(4, sizes["max_n"]), "m": rng.randint(4, sizes["max_n"])}

    def solve(self, instance):
        return prime_gcd_pair_count(instance["n"], instance["m"])

    def render(self, instance):
        n, m = instance["n"], instance["m"]
        return (
            f"Count the ordered pairs of integers (x, y) with 1 <= x <= {n} and 1 <= y <= {m} "
            "such that gcd(x, y) is a prime number (2, 3, 5, 7, ...).\n"
            "Answer with the count only, e.g. 13."
        )
