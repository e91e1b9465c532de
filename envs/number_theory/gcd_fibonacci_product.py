"""GcdFibonacciProduct: the product of Fib(gcd(i, j)) over 1 <= i <= N, 1 <= j <= M, modulo a prime.

Fib(d) appears once for each pair with gcd exactly d, and those pairs are the coprime pairs of
(N/d, M/d); that count only depends on (floor(N/d), floor(M/d)). The reference multiplies, over
the O(sqrt N) blocks of d where both quotients are constant, the block's product of Fibonacci
numbers (from prefix products) raised to that count (exact gcd counts by inclusion-exclusion
from the top, a Numba loop). Fibonacci numbers divisible by the prime (none in the ranges used, but handled)
make the product 0, so prefix products skip them and count them separately.

Difficulty schedule (N and M drawn from [3, max_n], prime from a fixed list):

    d       0   1    2    3     5     10     20         d
    max_n   8  64  216  512  1728  10648  74088   8 * (d + 1)^3

(With N, M <= 5 at level 0 there were only three distinct answers, one on 56% of seeds.)
"""

from __future__ import annotations

import numpy as np
from numba import njit

from rlve_gym.modular import ModularCountEnvironment, modulus_sentence
from rlve_gym.kernels.combinatorics import choose_prime
from rlve_gym.kernels.number_theory import floor_quotient_blocks


@njit(cache=True)
def _fibonacci_prefix_products(limit: int, prime: int) -> tuple[np.ndarray, np.ndarray]:
    """(products, zeros): products[d] = product of the Fib(i), 1 <= i <= d, not divisible by
    prime (mod prime); zeros[d] = how many Fib(i), i <= d, are divisible by it.

    A Numba loop: it is the one O(N) part of the reference (prime < 2^31, so every product of two
    residues fits in int64).
    """
    products = np.ones(limit + 1, dtype=np.int64)
    zeros = np.zeros(limit + 1, dtype=np.int64)
    previous, current, product, zero_count = 0, 1, 1, 0
    for d in range(1, limit + 1):
        if current != 0:
            product = product * current % prime
        else:
            zero_count += 1
        products[d] = product
        zeros[d] = zero_count
        previous, current = current, (previous + current) % prime
    return products, zeros


@njit(cache=True)
def exact_gcd_pair_counts(n: int, m: int) -> np.ndarray:
    """counts[d] = #{(i, j) : i <= n, j <= m, gcd(i, j) = d} for 1 <= d <= min(n, m).

    From the top down: the pairs whose gcd is a multiple of d number floor(n/d) * floor(m/d),
    minus those whose gcd is 2d, 3d, ...; O(N log N) in a Numba loop.
    """
    limit = min(n, m)
    counts = np.zeros(limit + 1, dtype=np.int64)
    for d in range(limit, 0, -1):
        total = (n // d) * (m // d)
        for multiple in range(2 * d, limit + 1, d):
            total -= counts[multiple]
        counts[d] = total
    return counts


def gcd_fibonacci_product(n: int, m: int, prime: int) -> int:
    """prod_{i<=n, j<=m} Fib(gcd(i, j)) mod prime (Fib(1) = Fib(2) = 1)."""
    limit = min(n, m)
    products, zeros = _fibonacci_prefix_products(limit, prime)
    counts = exact_gcd_pair_counts(n, m)
    result = 1
    for lo, hi in floor_quotient_blocks(n, m):  # counts[d] only depends on (n // d, m // d)
        if zeros[hi] != zeros[lo - 1]:
            return 0
        block = int(products[hi]) * pow(int(products[lo - 1]), -1, prime) % prime
        result = result * pow(block, int(counts[lo]), prime) % prime
    return result


class GcdFibonacciProduct(ModularCountEnvironment):
    description = "Product of Fib(gcd(i, j)) over an N x M range of pairs, modulo a prime"
    answer_example = "415692047"
    catalog_name = "GCDFibonacciProduct"

    def schedule(self, difficulty):
        return {"max_n": 8 * (difficulty + 1) ** 3}

    def generate_instance(self, rng, sizes):
        top = max(3, sizes["max_n"])
        return {"n": rng.randint(3, top), "m": rng.randint(3, top), "modulus": choose_prime(rng)}

    def solve(self, instance):
        return gcd_fibonacci_product(instance["n"], instance["m"], instance["modulus"])

    def render(self, instance):
        n, m, prime = instance["n"], instance["m"], instance["modulus"]
        return (
            "The Fibonacci numbers are Fib(0) = 0, Fib(1) = 1 and Fib(k) = Fib(k - 1) + Fib(k - 2) "
            "for k >= 2 (so Fib(2) = 1, Fib(3) = 2, Fib(4) = 3, Fib(5) = 5, ...).\n"
            f"Compute the product of Fib(gcd(i, j)) over all pairs of integers (i, j) with "
            f"1 <= i <= {n} and 1 <= j <= {m}, where gcd is the greatest common divisor.\n"
            f"{modulus_sentence(prime, what='product')}\n"
            "Answer with that remainder only, e.g. 415692047."
        )
