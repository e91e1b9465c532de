"""GcdSumWithN: the sum of gcd(i, N) over i = 1..N (Pillai's arithmetical function).

Grouping i by g = gcd(i, N) gives sum over divisors g of N of g * phi(N / g), a multiplicative
function; the reference factorises N. Summing N terms directly is hopeless once N is large.

Difficulty schedule (N drawn from [2, max_n]):

    d         0     1      2      3       5        10         20          d
    max_n  2592  8192  20000  41472  131072   913952   8954912   32 * (d + 3)^4

Level 0 starts at N <= 2592: the answer depends on N alone, and with N <= 32 a level held about
thirty problems.
"""

from __future__ import annotations

from rlve_gym import Environment
from rlve_gym.kernels.number_theory import factorize


def gcd_sum(n: int) -> int:
    """sum_{i=1..n} gcd(i, n), from the factorisation: prod over p^e of p^(e-1) * (p + e(p-1))."""
    total = 1
    for p, e in factorize(n).items():
        total *= p ** (e - 1) * (p + e * (p - 1))
    return total


class GcdSumWithN(Environment):
    description = "Sum of gcd(i, N) for i from 1 to N"
    answer_kind = "single_int"
    answer_example = "15"
    catalog_name = "SumGCDWithIndividual"

    def schedule(self, difficulty):
        return {"max_n": 32 * (difficulty + 3) ** 4}

    def generate_instance(self, rng, sizes):
        return {"n": rng.randint(2, sizes["max_n"])}

    def solve(self, instance):
        return gcd_sum(instance["n"])

    def render(self, instance):
        n = instance["n"]
        return (
            f"Let N = {n}. Compute gcd(1, N) + gcd(2, N) + ... + gcd(N, N), where gcd is the greatest "
            "common divisor.\nAnswer with the sum only, e.g. 15."
        )
