"""DistinctFactorProductCount: ways to write N as a product of at least two distinct factors > 1.

Order does not matter (2*6 and 6*2 are one way) and the factors must be pairwise different
(2*2*3 is not allowed for 12). Such a product is a set of divisors > 1 of N multiplying to N,
so the reference runs a 0/1 knapsack over the divisors of N, with states indexed by the
divisors themselves: O(D^2) for D = d(N), then drops the one-factor product N itself.

The count depends only on the exponents in N's factorisation (its signature), and uniform N
mostly have one of a few signatures (p*q, p^2*q, p*q*r), so small counts would be a good blind
guess. The generator therefore draws a signature uniformly among those whose smallest number
(exponents on 2, 3, 5, ... in decreasing order) is at most max_n, then random distinct primes for
it that keep N <= max_n. Signatures with fewer than 2 ways (p, p^2, p^3, p^4, p*q) and N = 24 (the
prompt's worked example) are never drawn. No signature below 10^9 has exactly 10 ways, so the
format example 10 is never the answer.

Difficulty schedule (N <= max_n; signatures with at least 2 ways):

    d            0       1       2       3        5        10         20    d
    max_n    50000  200000  450000  800000  1800000  6050000   22050000   50000 * (d + 1)^2
    signatures 126      186     230     264      325      432        577

Level 0 already offers 126 signatures (110 distinct counts); with N <= 64 a third of the seeds
had the answer 2. The knapsack over the divisors takes a few milliseconds for the largest
signatures of level 20, under 0.3 s at level 100; counts are cached per signature.
"""

from __future__ import annotations

import bisect
from functools import lru_cache

from rlve_gym import Environment
from rlve_gym.kernels.number_theory import divisors, factorize, primes_up_to

#: the prompt's worked example
EXAMPLE_N = 24
#: primes a signature's exponents are placed on (random distinct ones, as long as N fits)
PRIME_POOL = tuple(primes_up_to(100_000))
FIRST_PRIMES = PRIME_POOL[:12]  # 2 * 3 * ... * 37 > 10^12: more than any level needs


@lru_cache(maxsize=32)
def signatures_up_to(limit: int) -> tuple[tuple[int, ...], ...]:
    """Non-increasing exponent tuples e with 2^e1 * 3^e2 * 5^e3 * ... <= limit, except those of
    numbers with fewer than two ways: (1,), (2,), (3,), (4,) and (1, 1)."""
    found = []

    def extend(exponents: list[int], value: int) -> None:
        if exponents:
            found.append(tuple(exponents))
        prime = FIRST_PRIMES[len(exponents)]
        top = exponents[-1] if exponents else limit.bit_length()
        for e in range(1, top + 1):
            if value * prime**e > limit:
                break
            extend(exponents + [e], value * prime**e)

    extend([], 1)
    few_ways = {(1,), (2,), (3,), (4,), (1, 1)}
    return tuple(sig for sig in found if sig not in few_ways)


@lru_cache(maxsize=4096)
def _ways_for_signature(signature: tuple[int, ...]) -> int:
    smallest = 1
    for prime, e in zip(FIRST_PRIMES, signature):
        smallest *= prime**e
    return distinct_factor_products(smallest)


def distinct_factor_products(n: int) -> int:
    """Number of sets of at least two distinct integers > 1 whose product is n."""
    divs = divisors(n)
    position = {d: i for i, d in enumerate(divs)}
    ways = [0] * len(divs)  # ways[i]: sets of distinct used divisors with product divs[i]
    ways[0] = 1
    for factor in divs[1:]:
        for i in range(len(divs) - 1, -1, -1):  # descending: each factor used at most once
            target = divs[i]
            if target % factor == 0:
                ways[i] += ways[position[target // factor]]
    return ways[-1] - 1 if n > 1 else 0


def _integer_root(value: int, k: int) -> int:
    """The largest r with r^k <= value (value >= 1)."""
    root = round(value ** (1 / k))
    while root**k > value:
        root -= 1
    while (root + 1) ** k <= value:
        root += 1
    return root


def _number(primes: list[int], signature: tuple[int, ...]) -> int:
    value = 1
    for prime, e in zip(primes, signature, strict=True):
        value *= prime**e
    return value


class DistinctFactorProductCount(Environment):
    description = (
        "Number of ways to write N as an unordered product of at least two distinct factors > 1"
    )
    answer_kind = "single_int"
    answer_example = "10"
    catalog_name = "IntegerFactorizationCounting"

    def schedule(self, difficulty):
        return {"max_n": 50000 * (difficulty + 1) ** 2}

    def generate_instance(self, rng, sizes):
        top = sizes["max_n"]
        signature = rng.choice(signatures_up_to(top))
        primes = list(FIRST_PRIMES[: len(signature)])  # fits: that is how signatures are listed
        for i in rng.sample(range(len(primes)), len(primes)):
            # a random prime for this exponent among those keeping N within the bound
            rest = _number(primes, signature) // primes[i] ** signature[i]
            largest = _integer_root(top // rest, signature[i])
            fitting = PRIME_POOL[: bisect.bisect_right(PRIME_POOL, largest)]
            other = rng.choice(fitting)
            if other not in primes:
                primes[i] = other
        n = _number(primes, signature)
        if n == EXAMPLE_N:
            n = 2**3 * 5  # the same signature (4 ways), another number
        return {"n": n}

    def solve(self, instance):
        signature = tuple(sorted(factorize(instance["n"]).values(), reverse=True))
        return _ways_for_signature(signature)

    def render(self, instance):
        n = instance["n"]
        return (
            f"In how many ways can {n} be written as a product of at least two pairwise distinct integers, "
            "each greater than 1? The order of the factors does not matter. For example, 24 can be "
            "written as 2*12, 3*8, 4*6 and 2*3*4 (but not 2*2*6, which repeats a factor), so the answer "
            f"for 24 would be 4.\nAnswer with the count for {n} only, e.g. 10."
        )
