"""PureRepeatingFractionCount: how many distinct numbers x/y (1 <= x <= N, 1 <= y <= M) have a
purely periodic expansion in base K.

A reduced fraction a/b is purely periodic in base K exactly when gcd(b, K) = 1, and the value
a/b can be written with x <= N, y <= M exactly when a <= N and b <= M. So the answer counts
coprime pairs (a, b) with a <= N, b <= M, gcd(b, K) = 1; Moebius inversion over the common
divisor gives sum over t coprime to K of mu(t) * floor(N/t) * G(floor(M/t)), where G(x) counts
the integers in [1, x] coprime to K (periodic with period K). The reference evaluates it with
numpy in O(min(N, M)).

Difficulty schedule (N, M drawn from [2, max_n], the base K from [2, max_base]):

    d          0    1    2     3     5      10      20            d
    max_n     80  320  720  1280  2880   9680   35280   80 * (d + 1)^2
    max_base  10   11   12    13    15     20      30   10 + d

Level 0 starts at N, M <= 80: with N, M <= 10 one count (18) was the answer on 7% of the seeds.
The bound grows quadratically (it grew cubically before) so that the O(min(N, M)) arrays stay
near a million entries, well under a second, at d = 100.
"""

from __future__ import annotations

import math

import numpy as np

from rlve_gym import Environment
from rlve_gym.kernels.number_theory import mobius_table


def pure_repeating_fraction_count(n: int, m: int, base: int) -> int:
    """#{distinct x/y : x <= n, y <= m, purely periodic in the given base}."""
    limit = min(n, m)
    coprime_to_base = np.array([math.gcd(r, base) == 1 for r in range(base)], dtype=np.int64)
    prefix = np.cumsum(coprime_to_base)  # prefix[r] = #{0 <= b <= r : gcd(b, base) = 1}
    per_period = int(prefix[-1])
    t = np.arange(1, limit + 1, dtype=np.int64)
    quotient = m // t
    below = (quotient // base) * per_period + prefix[quotient % base]  # G(m // t), b in [1, m//t]
    weight = mobius_table(limit)[1:] * (np.gcd(t, base) == 1)
    return int(np.sum(weight * (n // t) * below))


class PureRepeatingFractionCount(Environment):
    description = (
        "Number of distinct fractions x/y (x <= N, y <= M) that are purely periodic in base K"
    )
    answer_kind = "single_int"
    answer_example = "23"
    catalog_name = "CirculatingDecimalCounting"

    def schedule(self, difficulty):
        return {"max_n": 80 * (difficulty + 1) ** 2, "max_base": 10 + difficulty}

    def generate_instance(self, rng, sizes):
        return {
            "n": rng.randint(2, sizes["max_n"]),
            "m": rng.randint(2, sizes["max_n"]),
            "base": rng.randint(2, sizes["max_base"]),
        }

    def solve(self, instance):
        return pure_repeating_fraction_count(instance["n"], instance["m"], instance["base"])

    def render(self, instance):
        n, m, base = instance["n"], instance["m"], instance["base"]
        return (
            f"Write numbers in base {base}. A number is purely periodic in this base when its "
            "expansion has the form a.c1c2...cp c1c2...cp c1c2...cp ... : an integer part a "
            "followed right after the point by a block of p >= 1 digits repeating forever, with "
            "no other digits before the repetition starts. Integers count as purely periodic "
            "(the block is 0). A non-integer with a finite expansion does not count.\n"
            "For example, in base 10, 5/11 = 0.454545... is purely periodic, 1/6 = 0.1666... is "
            "not (the digit 1 comes before the repetition) and 1/2 = 0.5 is not.\n"
            f"Among the numbers x/y with integers 1 <= x <= {n} and 1 <= y <= {m}, how many "
            f"distinct values are purely periodic in base {base}? Fractions with the same value "
            "(such as 1/2 and 2/4) count once.\n"
            "Answer with the count only, e.g. 23."
        )
