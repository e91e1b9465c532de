"""CoprimePairCount: the number of pairs (x, y), 1 <= x <= N, 1 <= y <= M, with gcd(x, y) = 1.

The reference counts by Moebius inversion, sum_t mu(t) * floor(N/t) * floor(M/t), evaluated over
the O(sqrt N) blocks where both quotients are constant; a solver by hand needs the same idea
once N and M are past a few dozen.

Difficulty schedule (N and M drawn from [2, max_n]):

    d       0   1    2    3    5     10     20      d
    max_n   8  64  216  512  1728  10648  74088   8 * (d + 1)^3
"""

from __future__ import annotations

import numpy as np

from rlve_gym import Environment
from rlve_gym.kernels.number_theory import mobius_table, sum_floor_products


def coprime_pair_count(n: int, m: int) -> int:
    """#{(x, y) : 1 <= x <= n, 1 <= y <= m, gcd(x, y) = 1}."""
    limit = min(n, m)
    if limit <= 0:
        return 0
    return sum_floor_products(n, m, np.cumsum(mobius_table(limit)))


class CoprimePairCount(Environment):
    description = "Number of coprime pairs (x, y) with 1 <= x <= N and 1 <= y <= M"
    answer_kind = "single_int"
    answer_example = "19"
    catalog_name = "GCDOne_Counting"

    def schedule(self, difficulty):
        return {"max_n": 8 * (difficulty + 1) ** 3}

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
