"""DivisorCountOfProductsSum: the sum of d(i * j) over 1 <= i <= N, 1 <= j <= M.

d(i j) = sum over x | i, y | j of [gcd(x, y) = 1]; Moebius inversion of the coprimality gives
sum_g mu(g) * D(N/g) * D(M/g) with D(n) = sum_{k<=n} floor(n/k) = sum_{k<=n} d(k). The
reference sums over the O(sqrt N) blocks of constant quotients, each D in O(sqrt n).

Difficulty schedule (N, M drawn from [2, max_n]):

    d       0   1    2    3    5    10    20     d
    max_n   40  90  160  250  490  1440  4840   10 * (d + 2)^2

Level 0 starts at N, M <= 40: with N, M <= 10 a level held fewer than 80 distinct problems.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np

from rlve_gym import Environment
from rlve_gym.kernels.number_theory import divisor_summatory, mobius_table, sum_floor_products


def divisor_count_of_products_sum(n: int, m: int) -> int:
    limit = min(n, m)
    if limit <= 0:
        return 0
    summatory = lru_cache(maxsize=None)(divisor_summatory)
    return sum_floor_products(n, m, np.cumsum(mobius_table(limit)), summatory)


class DivisorCountOfProductsSum(Environment):
    description = "Sum of the number of divisors of i*j over 1 <= i <= N and 1 <= j <= M"
    answer_kind = "single_int"
    answer_example = "512"
    catalog_name = "SumProductDivisorNum"

    def schedule(self, difficulty):
        return {"max_n": 10 * (difficulty + 2) ** 2}

    def generate_instance(self, rng, sizes):
        return {"n": rng.randint(2, sizes["max_n"]), "m": rng.randint(2, sizes["max_n"])}

    def solve(self, instance):
        return divisor_count_of_products_sum(instance["n"], instance["m"])

    def render(self, instance):
        n, m = instance["n"], instance["m"]
        return (
            "For a positive integer x, let d(x) be the number of positive divisors of x "
            "(for example d(6) = 4).\n"
            f"Compute the sum of d(i * j) over all pairs of integers (i, j) with 1 <= i <= {n} and "
            f"1 <= j <= {m}.\nAnswer with the sum only, e.g. 512."
        )
