"""GcdLcmPairCount: how many ordered pairs of positive integers have a given gcd and lcm.

gcd(P, Q) = G and lcm(P, Q) = L (G divides L) force P = G*a, Q = G*b with a*b = L/G and
gcd(a, b) = 1: every prime power of L/G goes wholly to a or wholly to b, so the count is
2^(number of distinct primes of L/G). The work is factorising L/G.

Difficulty schedule (G up to sqrt(max_lcm)/2 + 1, L = G*K with K in [2, max_lcm / G]):

    d        0    1     2     3      5      10       20        d
    max_lcm  30  480  2430  7680  38880  439230  5834430   30 * (d + 1)^4

K >= 2, so the answer is at least 2; K is a uniform draw, so it usually has one to four
distinct primes at high d and factorising it by hand gets slower as L grows.
"""

from __future__ import annotations

import math

from rlve_gym import Environment
from rlve_gym.kernels.number_theory import factorize


class GcdLcmPairCount(Environment):
    description = "Number of ordered pairs (P, Q) of positive integers with given gcd and lcm"
    answer_kind = "single_int"
    answer_example = "8"
    catalog_name = "GcdLcmCounting"

    def schedule(self, difficulty):
        return {"max_lcm": 30 * (difficulty + 1) ** 4}

    def generate_instance(self, rng, sizes):
        top = sizes["max_lcm"]
        gcd = rng.randint(1, math.isqrt(top) // 2 + 1)
        quotient = rng.randint(2, max(2, top // gcd))
        return {"gcd": gcd, "lcm": gcd * quotient}

    def solve(self, instance):
        return 2 ** len(factorize(instance["lcm"] // instance["gcd"]))

    def render(self, instance):
        g, lcm = instance["gcd"], instance["lcm"]
        return (
            f"How many ordered pairs (P, Q) of positive integers satisfy gcd(P, Q) = {g} and "
            f"lcm(P, Q) = {lcm}? Pairs are ordered: (P, Q) and (Q, P) count separately when P != Q.\n"
            "Answer with the count only, e.g. 8."
        )
