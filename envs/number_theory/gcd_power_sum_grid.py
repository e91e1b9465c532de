"""GcdPowerSumGrid: the sum of gcd(i, j)^K over 1 <= i <= N, 1 <= j <= M.

Grouping by the gcd and inverting with Moebius: the sum equals sum_t floor(N/t) floor(M/t) J_K(t),
where J_K(t) = sum_{g | t} g^K mu(t / g) is Jordan's totient (J_1 = phi). The reference builds
J_K with a sieve and sums over the O(sqrt N) blocks of constant quotients. Answers are exact
integers (no modulus): at d = 20 they have about 25 digits.

Difficulty schedule (N, M drawn from [2, max_n], K from [1, max_power]):

    d           0   1    2    3    5    10    20     d
    max_n       40  90  160  250  490  1440  4840   10 * (d + 2)^2
    max_power   1   1    1    1    2     3     5    1 + (d + 1) // 5

Level 0 starts at N, M <= 40: with N, M <= 10 a level held under a hundred distinct problems.
"""

from __future__ import annotations

import numpy as np

from rlve_gym import Environment
from rlve_gym.kernels.number_theory import primes_up_to, sum_floor_products


def jordan_totient_table(limit: int, power: int) -> list[int]:
    """J_power(t) for 0 <= t <= limit (J(0) = 0), as Python ints: t^k * prod_{p | t} (1 - p^-k)."""
    values = [t**power for t in range(limit + 1)]
    for p in primes_up_to(limit):
        p_power = p**power
        for t in range(p, limit + 1, p):
            values[t] = values[t] // p_power * (p_power - 1)
    return values


def gcd_power_sum(n: int, m: int, power: int) -> int:
    limit = min(n, m)
    prefix = np.cumsum(np.array(jordan_totient_table(limit, power), dtype=object))
    return sum_floor_products(n, m, prefix)


class GcdPowerSumGrid(Environment):
    description = "Sum of gcd(i, j)^K over 1 <= i <= N and 1 <= j <= M"
    answer_kind = "single_int"
    answer_example = "2043"
    catalog_name = "SumGCD"

    def schedule(self, difficulty):
        return {"max_n": 10 * (difficulty + 2) ** 2, "max_power": 1 + (difficulty + 1) // 5}

    def generate_instance(self, rng, sizes):
        return {
            "n": rng.randint(2, sizes["max_n"]),
            "m": rng.randint(2, sizes["max_n"]),
            "power": rng.randint(1, sizes["max_power"]),
        }

    def solve(self, instance):
        return gcd_power_sum(instance["n"], instance["m"], instance["power"])

    def render(self, instance):
        n, m, k = instance["n"], instance["m"], instance["power"]
        term = "gcd(i, j)" if k == 1 else f"gcd(i, j)^{k}"
        return (
            f"Compute the sum of {term} over all pairs of integers (i, j) with 1 <= i <= {n} and "
            f"1 <= j <= {m}, where gcd is the greatest common divisor. Give the exact value (no modulus).\n"
            "Answer with the sum only, e.g. 2043."
        )
