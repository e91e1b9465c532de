"""LeastCommonMultiple: the least common multiple of two positive integers.

The two integers share a common factor g >= 2 (a = g*x, b = g*y with x, y >= 2 coprime and
different), so the product a*b is never the answer and neither number divides the other: the
solver has to find the greatest common divisor (or factor both numbers) and divide it out once.
The answer is the single integer lcm(a, b) = g*x*y.

Difficulty schedule (decimal digits of the shared factor g and of the cofactors x and y):

    d            0   1   2   3   4   5  ...  10  ...  20  ...  d
    g digits     1   1   1   2   2   2  ...   4  ...   7  ...  1 + d // 3
    x digits     2   2   3   3   4   4  ...   7  ...  12  ...  2 + d // 2
    y digits     1   2   2   3   3   4  ...   6  ...  11  ...  1 + (d + 1) // 2

a and b gain about one digit every level, and the shared factor every third level, so both
the gcd computation and the final multiplication grow. Level 0 is two numbers below 1,000 with a
common factor, one of them with a two-digit cofactor (one-digit cofactors give fewer than
150 distinct problems, with a few answers such as 120 right on 7% of them).
"""

from __future__ import annotations

import math

from rlve_gym import Environment
from rlve_gym.answers import parse_int
from rlve_gym.modular import number_with_digits

#: draws of a second cofactor coprime to (and different from) the first before a fallback
MAX_ATTEMPTS = 50


class LeastCommonMultiple(Environment):
    description = "Least common multiple of two positive integers that share a common factor"
    answer_kind = "single_int"
    answer_example = "-6"
    catalog_name = "LCM"

    def schedule(self, difficulty):
        return {
            "factor_digits": 1 + difficulty // 3,
            "x_digits": 2 + difficulty // 2,
            "y_digits": 1 + (difficulty + 1) // 2,
        }

    def generate_instance(self, rng, sizes):
        g = number_with_digits(rng, sizes["factor_digits"], smallest=2)
        x = number_with_digits(rng, sizes["x_digits"], smallest=2)
        for _ in range(MAX_ATTEMPTS):
            y = number_with_digits(rng, sizes["y_digits"], smallest=2)
            if y != x and math.gcd(x, y) == 1:
                break
        else:  # x + 1 is coprime to x and differs from it (it may have one more digit)
            y = x + 1
        a, b = g * x, g * y
        if rng.random() < 0.5:
            a, b = b, a
        return {"a": a, "b": b}

    def solve(self, instance):
        return math.lcm(instance["a"], instance["b"])

    def render(self, instance):
        return (
            f"Compute the least common multiple of {instance['a']} and {instance['b']}: the "
            "smallest positive integer that both numbers divide.\n"
            "Answer with that integer only."
        )

    def parse(self, text, instance):
        return parse_int(text, max_digits=len(str(instance["a"] * instance["b"])) + 2)
