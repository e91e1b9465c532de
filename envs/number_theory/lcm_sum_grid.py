"""LcmSumGrid: the sum of lcm(i, j) over 1 <= i <= N, 1 <= j <= M.

lcm(i, j) = i j / gcd(i, j); grouping by the gcd and inverting with Moebius gives
sum_t S(N/t) S(M/t) h(t) with S(q) = q (q + 1) / 2 and h(t) = t * prod_{p | t} (1 - p). The
reference sieves h and sums over constant-quotient blocks. Exact integers (no modulus).

Difficulty schedule (N, M drawn from [2, max_n]):

    d       0   1   2    3    5    10    20     d
    max_n  32  72  128  200  392  1152  3872   8 * (d + 2)^2

Level 0 starts at N, M <= 32: with N, M <= 8 there were only 49 distinct problems.
"""

from __future__ import annotations

import numpy as np

from rlve_gym import Environment
from rlve_gym.kernels.number_theory import primes_up_to, sum_floor_products


def lcm_sum(n: int, m: int) -> int:
    limit = min(n, m)
    weight = np.arange(limit + 1, dtype=np.int64)  # h(t) = t * prod (1 - p), |h(t)| <= t^2
    for p in primes_up_to(limit):
        weight[p::p] *= 1 - p
    return sum_floor_products(n, m, np.cumsum(weight.astype(object)), lambda q: q * (q + 1) // 2)


class LcmSumGrid(Environment):
    description = "Sum of lcm(i, j) over 1 <= i <= N and 1 <= j <= M"
    answer_kind = "single_int"
    answer_example = "1960"
    catalog_name = "SumLCM"

    def schedule(self, difficulty):
        return {"max_n": 8 * (difficulty + 2) ** 2}

    def generate_instance(self, rng, sizes):
        return {"n": rng.randint(2, sizes["max_n"]), "m": rng.randint(2, sizes["max_n"])}

    def solve(self, instance):
        return lcm_sum(instance["n"], instance["m"])

    def render(self, instance):
        n, m = instance["n"], instance["m"]
        return (
            f"Compute the sum of lcm(i, j) over all pairs of integers (i, j) with 1 <= i <= {n} and "
            f"1 <= j <= {m}, where lcm is the least common multiple. Give the exact value (no modulus).\n"
            "Answer with the sum only, e.g. 1960."
        )
