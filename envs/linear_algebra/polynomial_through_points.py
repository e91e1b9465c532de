"""PolynomialThroughPoints: the integer coefficients of the polynomial through N + 1 points.

The solver sees the values y_i = P(x_i) of an unknown polynomial P of degree N at N + 1 distinct
integers x_i, and answers with the N + 1 coefficients of P from x^N down to the constant term.
N + 1 points determine a polynomial of degree at most N uniquely, and P was built with integer
coefficients and a nonzero leading coefficient, so exactly one list is correct (no partial
credit).

Difficulty schedule (coefficients from [-max_coefficient, max_coefficient], the x_i distinct
integers from [-spread, spread]):

    d                 0   1   2   3  ...  10  ...  20  ...  d
    degree            2   3   4   5  ...  12  ...  22  ...  2 + d
    max_coefficient   5   5   6   6  ...  10  ...  15  ...  5 + d // 2
    spread            3   3   4   4  ...   8  ...  13  ...  3 + d // 2

Interpolating by hand is solving an (N+1) x (N+1) Vandermonde system (or building Newton's
divided differences, N^2 / 2 divisions), so the degree grows by one every level; the x_i stay
close to 0 so the values stay printable. Level 0 (a quadratic from three points) is already
a small linear system. The reference runs Newton's divided differences over Fractions.
"""

from __future__ import annotations

from fractions import Fraction

from rlve_gym import Environment, Verdict
from rlve_gym.answers import parse_int_list
from rlve_gym.symbolic import poly, poly_eval


def interpolate(xs: list[int], ys: list[int]) -> list[Fraction]:
    """Coefficients (constant term first, length len(xs)) of the polynomial of degree below
    len(xs) through the points, by Newton's divided differences."""
    n = len(xs)
    table = [Fraction(y) for y in ys]
    newton = [table[0]]
    for level in range(1, n):
        table = [(table[i + 1] - table[i]) / (xs[i + level] - xs[i]) for i in range(n - level)]
        newton.append(table[0])
    result = [newton[-1]]
    for k in range(n - 2, -1, -1):  # Horner on the Newton basis: c_k + (x - x_k) * result
        shifted = [Fraction(0), *result]
        for i, c in enumerate(result):
            shifted[i] -= xs[k] * c
        shifted[0] += newton[k]
        result = shifted
    return result


class PolynomialThroughPoints(Environment):
    description = "Integer coefficients of the degree-N polynomial through N + 1 given points"
    answer_kind = "int_list"
    answer_example = "7 0 -100"
    catalog_name = "PolynomialInterpolation"

    def schedule(self, difficulty):
        return {
            "degree": 2 + difficulty,
            "max_coefficient": 5 + difficulty // 2,
            "spread": 3 + difficulty // 2,
        }

    def generate_instance(self, rng, sizes):
        n, top, spread = sizes["degree"], sizes["max_coefficient"], sizes["spread"]
        coefficients = [rng.choice([-1, 1]) * rng.randint(1, top)]
        coefficients += [rng.randint(-top, top) for _ in range(n)]
        xs = sorted(rng.sample(range(-spread, spread + 1), n + 1))
        p = poly(reversed(coefficients))
        ys = [int(poly_eval(p, x)) for x in xs]
        return {"xs": xs, "ys": ys}

    def solve(self, instance):
        constant_first = interpolate(instance["xs"], instance["ys"])
        return [int(c) for c in reversed(constant_first)]

    def render(self, instance):
        n = len(instance["xs"]) - 1
        points = "\n".join(
            f"P({x}) = {y}" for x, y in zip(instance["xs"], instance["ys"], strict=True)
        )
        return (
            f"P(x) is a polynomial of degree {n} with integer coefficients. Its values at "
            f"{n + 1} points are:\n{points}\n\n"
            f"Find P(x) = a_{n} x^{n} + ... + a_1 x + a_0.\n"
            f"Answer with the {n + 1} integers a_{n}, ..., a_1, a_0 (highest power first), "
            "separated by spaces. For example, 7x^2 - 100 is written 7 0 -100."
        )

    def parse(self, text, instance):
        return parse_int_list(text, length=len(instance["xs"]), max_digits=60)

    def check(self, instance, answer, reference):
        if answer == reference:
            return Verdict.right()
        return Verdict.wrong("these are not the coefficients of the polynomial")
