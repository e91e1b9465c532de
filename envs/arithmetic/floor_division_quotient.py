"""FloorDivisionQuotient: the floor of a / b for a long integer a and a shorter positive b.

The dividend a is negative on about a third of the instances, so the answer is floor division
(rounding toward minus infinity, -7 / 2 -> -4), not truncation toward zero; the prompt defines
it as the greatest integer not exceeding the exact quotient. The divisor has at least two
fewer digits than the dividend, so the quotient always has at least two digits.

Difficulty schedule (decimal digits of the dividend a and the divisor b):

    d            0   1   2   3   4   5  ...  10  ...  20  ...  d
    a digits     3   4   5   6   7   8  ...  13  ...  23  ...  3 + d
    b digits     1   1   2   2   3   3  ...   6  ...  11  ...  1 + d // 2

Both numbers grow every level (the dividend by one digit, the divisor by one every other
level), so long division takes more and longer steps. Level 0 divides a three-digit number by
a one-digit one: with a two-digit dividend a level holds too few distinct problems.
"""

from __future__ import annotations

from rlve_gym import Environment
from rlve_gym.answers import parse_int
from rlve_gym.modular import number_with_digits

#: share of instances with a negative dividend
NEGATIVE_SHARE = 0.35


class FloorDivisionQuotient(Environment):
    description = "Floor of a / b (rounded toward minus infinity) for integers a and b > 0"
    answer_kind = "single_int"
    answer_example = "-3"
    catalog_name = "Division"

    def schedule(self, difficulty):
        return {"dividend_digits": 3 + difficulty, "divisor_digits": 1 + difficulty // 2}

    def generate_instance(self, rng, sizes):
        a = number_with_digits(rng, sizes["dividend_digits"], smallest=2)
        b = number_with_digits(rng, sizes["divisor_digits"], smallest=2)
        if rng.random() < NEGATIVE_SHARE:
            a = -a
        return {"a": a, "b": b}

    def solve(self, instance):
        return instance["a"] // instance["b"]

    def render(self, instance):
        return (
            f"Let a = {instance['a']} and b = {instance['b']}. Compute floor(a / b), the greatest "
            "integer that does not exceed the exact quotient a / b (so the division rounds toward "
            "minus infinity: floor(7 / 2) = 3 and floor(-7 / 2) = -4).\n"
            "Answer with that integer only (with a leading minus sign if it is negative)."
        )

    def parse(self, text, instance):
        return parse_int(text, max_digits=len(str(abs(instance["a"]))) + 2)
