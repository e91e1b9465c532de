"""PolynomialDivisionRemainder: the remainder of dividing one integer polynomial by another.

The solver sees P(x) of degree N with integer coefficients and a monic Q(x) of degree M < N
with integer coefficients, and answers with the remainder R(x) of P divided by Q: the unique
polynomial of degree below M with P = S * Q + R for some polynomial S. Because Q is monic,
every coefficient of R is an integer. The answer is the M coefficients of R from x^(M-1) down
to the constant term, zeros included; only that exact list is correct (no partial credit).

The generator redraws (a bounded number of times, then sets the constant term) so that R is
never the zero polynomial and never a lone constant, which keeps constant answers such as
"0 0 ... 0" wrong.

Difficulty schedule (coefficients of P from [-max_coefficient, max_coefficient], of Q from
[-divisor_coefficient, divisor_coefficient]):

    d                      0   1   2   3  ...  10  ...  20  ...  d
    dividend_degree        5   6   7   8  ...  15  ...  25  ...  5 + d
    divisor_degree         2   2   2   3  ...   5  ...   8  ...  2 + d // 3
    max_coefficient        9   9  10  10  ...  14  ...  19  ...  9 + d // 2
    divisor_coefficient    2   2   2   2  ...   3  ...   4  ...  2 + d // 10

Long division takes N - M + 1 elimination steps of M multiply-adds each, and the numbers grow
with every step (by a factor up to divisor_coefficient * M), so the work grows with both
degrees; level 0 (a quintic by a quadratic, four steps) already needs real bookkeeping. The
reference is exact long division over Fractions (integers throughout, Q being monic).
"""

from __future__ import annotations

from rlve_gym import Environment, Verdict
from rlve_gym.answers import parse_int_list
from rlve_gym.symbolic import poly, poly_divmod, poly_to_compact_text

#: redraws before the constant term of P is shifted to make the remainder non-constant
REDRAWS = 20


def remainder_coefficients(dividend: list[int], divisor: list[int]) -> list[int]:
    """Coefficients of the remainder, highest power first, padded to len(divisor) - 1 entries
    (both inputs highest power first)."""
    _, remainder = poly_divmod(poly(reversed(dividend)), poly(reversed(divisor)))
    padded = list(remainder) + [0] * (len(divisor) - 1 - len(remainder))
    return [int(c) for c in reversed(padded)]


class PolynomialDivisionRemainder(Environment):
    description = "Coefficients of the remainder of an integer polynomial divided by a monic one"
    answer_kind = "int_list"
    answer_example = "0 -1 100000"
    catalog_name = "PolynomialRemainder"

    def schedule(self, difficulty):
        return {
            "dividend_degree": 5 + difficulty,
            "divisor_degree": 2 + difficulty // 3,
            "max_coefficient": 9 + difficulty // 2,
            "divisor_coefficient": 2 + difficulty // 10,
        }

    def generate_instance(self, rng, sizes):
        n, m = sizes["dividend_degree"], sizes["divisor_degree"]
        top, small = sizes["max_coefficient"], sizes["divisor_coefficient"]
        for _ in range(REDRAWS):
            dividend = [rng.choice([-1, 1]) * rng.randint(1, top)]
            dividend += [rng.randint(-top, top) for _ in range(n)]
            divisor = [1] + [rng.randint(-small, small) for _ in range(m)]
            remainder = remainder_coefficients(dividend, divisor)
            if any(remainder[:-1]):
                break
        else:  # a remainder with only a constant term: adding x to P adds x to R (m >= 2)
            dividend[-2] += 1
            remainder = remainder_coefficients(dividend, divisor)
        return {"dividend": dividend, "divisor": divisor, "remainder": remainder}

    def solve(self, instance):
        return remainder_coefficients(instance["dividend"], instance["divisor"])

    def render(self, instance):
        p = poly_to_compact_text(poly(reversed(instance["dividend"])))
        q = poly_to_compact_text(poly(reversed(instance["divisor"])))
        m = len(instance["divisor"]) - 1
        return (
            f"P(x) = {p}\nQ(x) = {q}\n\n"
            f"Divide P(x) by Q(x): find the remainder R(x), the unique polynomial of degree less "
            f"than {m} such that P(x) = S(x) * Q(x) + R(x) for some polynomial S(x). (Q is monic, "
            "so all coefficients of R are integers.)\n"
            f"Answer with the {m} coefficients of R(x), from the coefficient of x^{m - 1} down to "
            "the constant term, separated by spaces, writing 0 for missing powers. For example, "
            "R(x) = -x + 100000 with 3 coefficients is written 0 -1 100000."
        )

    def parse(self, text, instance):
        return parse_int_list(text, length=len(instance["divisor"]) - 1, max_digits=400)

    def check(self, instance, answer, reference):
        if answer == instance["remainder"]:
            return Verdict.right()
        return Verdict.wrong("these are not the coefficients of the remainder")
