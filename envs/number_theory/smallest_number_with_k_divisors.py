"""SmallestNumberWithKDivisors: the least positive integer with exactly K divisors.

With n = p1^e1 * p2^e2 * ..., d(n) = (e1 + 1)(e2 + 1)...; the minimum uses the smallest primes
with non-increasing exponents, so the reference searches the ordered factorisations of K into
factors (e_i + 1), assigning them to 2, 3, 5, ... and keeping the smallest product. For a prime
K the answer is 2^(K-1), so answers are large integers (exact, never reduced).

Difficulty schedule (K drawn from [2, max_k]):

    d       0   1   2   3    5    10   20    d
    max_k   60  68  76  84  100  140  220   60 + 8d

The instance is one number K, so a level holds only max_k - 1 problems (``few_instances``: the
task is left out of the default training mix). K ranges up to 60 from level 0 on, so that no
single answer covers more than a few percent of the seeds (with K <= 12, the answer 60 was
right on an eighth of them).

The prompt's illustrations (10 has 4 divisors; "e.g. 90") are never answers: the smallest
number with 4 divisors is 6, and 90 = 2 * 3^2 * 5 is beaten by 60. At d = 40 (K <= 380)
the largest possible answer, 2^378 for K = 379, has 114 digits.
"""

from __future__ import annotations

from rlve_gym import Environment
from rlve_gym.kernels.number_theory import primes_up_to

#: d(n) = K needs at most log2(K) distinct primes; 25 primes cover K < 2^25.
_PRIMES = primes_up_to(100)


def smallest_with_divisor_count(k: int) -> int:
    """min{n >= 1 : n has exactly k divisors} for k >= 1."""
    best = [2 ** (k - 1)]  # always achievable: a single prime power

    def search(remaining: int, index: int, max_factor: int, value: int) -> None:
        if remaining == 1:
            best[0] = min(best[0], value)
            return
        prime = _PRIMES[index]
        for factor in range(min(remaining, max_factor), 1, -1):
            if remaining % factor == 0:
                candidate = value * prime ** (factor - 1)
                if candidate < best[0]:
                    search(remaining // factor, index + 1, factor, candidate)

    search(k, 0, k, 1)
    return best[0]


class SmallestNumberWithKDivisors(Environment):
    description = "Smallest positive integer with exactly K positive divisors"
    answer_kind = "single_int"
    answer_example = "90"
    few_instances = True
    catalog_name = "MinKDivisorNumber"

    def schedule(self, difficulty):
        return {"max_k": 60 + 8 * difficulty}

    def generate_instance(self, rng, sizes):
        return {"k": rng.randint(2, sizes["max_k"])}

    def solve(self, instance):
        return smallest_with_divisor_count(instance["k"])

    def render(self, instance):
        k = instance["k"]
        return (
            f"Find the smallest positive integer that has exactly {k} positive divisors "
            "(for example, 10 has the 4 divisors 1, 2, 5, 10).\n"
            "Answer with the exact integer in decimal, without exponents, e.g. 90."
        )
