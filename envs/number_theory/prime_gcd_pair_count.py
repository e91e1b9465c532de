"""PrimeGcdPairCount: the number of pairs (x, y), x <= N, y <= M, whose gcd is a prime.

Counting by the value of the gcd: pairs with gcd(x, y) = p are the coprime pairs of
(N/p, M/p), so the count is sum_t floor(N/t) floor(M/t) * f(t) with f(t) = sum over primes p
dividing t of mu(t/p). The reference builds f with a sieve and sums over constant-quotient blocks.

Difficulty schedule (N and M drawn from [4, max_n]):

    d        0    1    2     3     5      10     20      d
    max_n  100  400  900  1600  3600  12100  44100   100 * (d + 1)^2

Level 0 starts at N, M <= 100: with N, M <= 8 there were 25 distinct problems. The bound grows
quadratically (it grew cubically before) so that the sieve up to min(N, M) stays near a
million entries, well under a second, at d = 100.

N, M >= 4 keeps gcd 2 and gcd 3 both possible, so the answer is at least 2.
"""

from __future__ import annotations

import math

import numpy as np

from rlve_gym import Environment
from rlve_gym.kernels.number_theory import sum_floor_products


def _prime_array(limit: int) -> np.ndarray:
    """All primes <= limit as an int64 array (no Python list of hundreds of thousands of ints)."""
    sieve = np.ones(limit + 1, dtype=bool)
    sieve[:2] = False
    for p in range(2, math.isqrt(limit) + 1):
        if sieve[p]:
            sieve[p * p :: p] = False
    return np.nonzero(sieve)[0].astype(np.int64)


def _mobius(limit: int, primes: np.ndarray, small: int) -> np.ndarray:
    """mu[t] for 0 <= t <= limit, sieving only with the ``small`` primes up to sqrt(limit).

    A squarefree t is the product of its small prime factors times at most one larger prime, so
    it has a larger prime factor exactly when that product is not t itself.
    """
    mu = np.ones(limit + 1, dtype=np.int64)
    small_part = np.ones(limit + 1, dtype=np.int64)
    for p in primes[:small].tolist():
        mu[p::p] *= -1
        mu[p * p :: p * p] = 0
        small_part[p::p] *= p
    mu[small_part != np.arange(limit + 1)] *= -1
    mu[0] = 0
    return mu


def prime_gcd_weights(limit: int) -> np.ndarray:
    """f[t] = sum over primes p dividing t of mu(t / p), for 0 <= t <= limit.

    Primes up to sqrt(limit) add mu to their multiples one slice each; for the larger primes the
    cofactor j = t / p is below sqrt(limit), so looping over j (one vectorised step per j) avoids
    a Python loop over hundreds of thousands of primes.
    """
    primes = _prime_array(limit)
    root = math.isqrt(limit)
    split = int(np.searchsorted(primes, root, side="right"))
    mu = _mobius(limit, primes, split)
    weight = np.zeros(limit + 1, dtype=np.int64)
    for p in primes[:split].tolist():
        weight[p::p] += mu[1 : limit // p + 1]
    large = primes[split:]
    for j in range(1, limit // (root + 1) + 1):
        if mu[j]:
            reach = int(np.searchsorted(large, limit // j, side="right"))
            weight[large[:reach] * j] += mu[j]
    return weight


def prime_gcd_pair_count(n: int, m: int) -> int:
    """#{(x, y) : 1 <= x <= n, 1 <= y <= m, gcd(x, y) prime}."""
    limit = min(n, m)
    if limit < 2:
        return 0
    return sum_floor_products(n, m, np.cumsum(prime_gcd_weights(limit)))


class PrimeGcdPairCount(Environment):
    description = "Number of pairs (x, y) with x <= N, y <= M whose gcd is a prime number"
    answer_kind = "single_int"
    answer_example = "13"
    catalog_name = "GCDPrime_Counting"

    def schedule(self, difficulty):
        return {"max_n": 100 * (difficulty + 1) ** 2}

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
