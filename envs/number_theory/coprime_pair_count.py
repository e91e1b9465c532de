"""CoprimePairCount: the number of pairs (x, y), 1 <= x <= N, 1 <= y <= M, with gcd(x, y) = 1.

The reference counts by Moebius inversion, sum_t mu(t) * floor(N/t) * floor(M/t), evaluated over
the O(sqrt N) blocks where both quotients are constant, from a table of the Mertens function
M(t) = mu(1) + ... + mu(t) built by a linear sieve (Numba); a solver by hand needs the same idea
once N and M are past a few dozen.

Difficulty schedule (N and M drawn from [2, max_n]):

    d        0    1    2     3     5     10     20      d
    max_n   64  216  512  1000  2744  13824  85184   8 * (d + 2)^3

Level 0 starts at N, M <= 64: with N, M <= 8 there were only 49 distinct problems and one count
was the answer on a tenth of them.
"""

from __future__ import annotations

import numpy as np
from numba import njit

from rlve_gym import Environment


@njit(cache=True)
def mertens_table(limit: int) -> np.ndarray:
    """M(t) = mu(1) + ... + mu(t) for 0 <= t <= limit, by a linear sieve (int32: |M(t)| is small)."""
    mu = np.zeros(limit + 1, dtype=np.int8)
    composite = np.zeros(limit + 1, dtype=np.bool_)
    primes = np.empty(max(16, limit // 8 + 64), dtype=np.int32)  # pi(x) < x / 8 + 64
    count = 0
    if limit >= 1:
        mu[1] = 1
    for i in range(2, limit + 1):
        if not composite[i]:
            primes[count] = i
            count += 1
            mu[i] = -1
        for k in range(count):
            p = primes[k]
            if i * p > limit:
                break
            composite[i * p] = True
            if i % p == 0:
                break  # mu(i * p) = 0
            mu[i * p] = -mu[i]
    mertens = np.zeros(limit + 1, dtype=np.int32)
    running = 0
    for t in range(1, limit + 1):
        running += mu[t]
        mertens[t] = running
    return mertens


@njit(cache=True)
def coprime_pairs_below(a: int, b: int, mertens: np.ndarray) -> int:
    """#{(i, j) : i <= a, j <= b, gcd(i, j) = 1} = sum_t mu(t) (a // t) (b // t), over the blocks
    of t where both quotients are constant (``mertens`` covers min(a, b))."""
    total = 0
    t = 1
    while t <= min(a, b):
        qa, qb = a // t, b // t
        hi = min(a // qa, b // qb)
        total += (mertens[hi] - mertens[t - 1]) * qa * qb
        t = hi + 1
    return total


def coprime_pair_count(n: int, m: int) -> int:
    """#{(x, y) : 1 <= x <= n, 1 <= y <= m, gcd(x, y) = 1}."""
    if min(n, m) <= 0:
        return 0
    return int(coprime_pairs_below(n, m, mertens_table(min(n, m))))


class CoprimePairCount(Environment):
    description = "Number of coprime pairs (x, y) with 1 <= x <= N and 1 <= y <= M"
    answer_kind = "single_int"
    answer_example = "19"
    catalog_name = "GCDOne_Counting"

    def schedule(self, difficulty):
        return {"max_n": 8 * (difficulty + 2) ** 3}

    def generate_instance(self, rng, sizes):
        return {"n": rng.randint(2, sizes["max_n"]), "m": rng.randint(2, sizes["max_n"])}

    def solve(self, instance):
        return coprime_pair_count(instance["n"], instance["m"])

    def render(self, instance):
        n, m = instance["n"], instance["m"]
        return (
            f"Count the ordered pairs of integers (x, y) with 1 <= x <= {n} and 1 <= y <= {m} "
            "such that gcd(x, y) = 1 (x and y have no common divisor greater than 1).\n"
            "Answer with the count only, e.g. 19."
        )
