"""FrobeniusNumberTwoCoins: the largest integer not of the form A*x + B*y with x, y >= 0.

For coprime A, B >= 2 every integer above A*B - A - B is representable and that one is not
(Sylvester). A*B - A - B is odd for coprime A, B, so the prompt's format example 20 is never
an answer. Instances use coprime A, B >= 2 so the number exists and is at least 1; A = 2,
B = 3 (answer 1) is the only trivial case and is redrawn.

Difficulty schedule (A and B drawn from [2, max_value]):

    d           0   1    2    3    5    10    20      d
    max_value   48  88  144  216  408  1168  3888   16 + 8 (d + 2)^2

Level 0 starts at A, B <= 48: with A, B <= 16 a level held under a hundred distinct problems.
"""

from __future__ import annotations

import math

from rlve_gym import Environment

MAX_ATTEMPTS = 50


class FrobeniusNumberTwoCoins(Environment):
    description = "Largest integer not expressible as A*x + B*y with non-negative integers x, y"
    answer_kind = "single_int"
    answer_example = "20"
    catalog_name = "MinNoSolutionLinearDiophantineEquation"

    def schedule(self, difficulty):
        return {"max_value": 16 + 8 * (difficulty + 2) ** 2}

    def generate_instance(self, rng, sizes):
        top = sizes["max_value"]
        for _ in range(MAX_ATTEMPTS):
            a, b = rng.randint(2, top), rng.randint(2, top)
            if math.gcd(a, b) == 1 and a * b > 6:
                return {"a": a, "b": b}
        return {"a": top - 1, "b": top}  # consecutive integers are coprime

    def solve(self, instance):
        a, b = instance["a"], instance["b"]
        return a * b - a - b

    def render(self, instance):
        a, b = instance["a"], instance["b"]
        return (
            f"Call an integer z representable if z = {a} * x + {b} * y for some non-negative integers "
            f"x and y. Since gcd({a}, {b}) = 1, every large enough integer is representable. "
            "What is the largest integer that is not representable?\n"
            "Answer with that integer only, e.g. 20."
        )
