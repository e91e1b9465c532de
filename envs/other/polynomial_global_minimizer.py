"""PolynomialGlobalMinimizer: a real number where a polynomial of even degree is smallest.

The solver sees f(x) of even degree with integer coefficients and a positive leading coefficient
and answers with a real number x (a decimal such as -1.4375 or a fraction p/q). Any x with
f(x) <= m + 10^-6, where m is the smallest value of f over all reals, is correct (so every
minimiser, given to enough digits, is accepted). f is built as (q x - p)^2 h(x) + m with
h = s(x)^2 + k for a random integer polynomial s and an integer k >= 1, so h > 0 everywhere and
x = p/q is the unique global minimiser, never an integer (q >= 2 and p, q coprime: integer
minimisers made small constant answers right too often); f usually has other local minima. An x that is not
accepted earns partial credit for the share of the gap it closes between a blind baseline and m:
the baseline is the smallest value of f at the multiples of 1/2 in [-2A, 2A] (A bounds |p/q|),
so only answers better than the best simple guess on that grid earn anything.

Difficulty schedule (s has degree half and coefficients from [-s_coefficient, s_coefficient];
the minimiser p/q has 1 <= q <= max_denominator and |p/q| <= max_abs):

    d                  0   1   2   3  ...  10  ...  20  ...  d
    degree             4   4   6   6  ...  14  ...  24  ...  4 + 2 * (d // 2)
    s_coefficient      3   3   3   3  ...   4  ...   5  ...  3 + d // 10
    max_denominator    3   3   3   3  ...   5  ...   7  ...  3 + d // 5
    max_abs            3   3   4   4  ...   8  ...  13  ...  3 + d // 2

The degree grows by two every other level (f' gets two more roots to locate and compare),
the minimiser moves to finer fractions and a wider range, and the coefficients grow. Level 0
is a quartic: its cubic derivative already needs a numeric or rational-root search. The range
of minimisers is wide from level 0 on, so that no single number is the answer on more than
about 1% of instances.
"""

from __future__ import annotations

import math
import re
from fractions import Fraction

from rlve_gym import Environment, Verdict
from rlve_gym.answers import ParseError
from rlve_gym.scoring import gap_closed_score
from rlve_gym.symbolic import UNCAPPED, poly, poly_add, poly_mul, poly_to_compact_text

TOLERANCE = Fraction(1, 10**6)
_NUMBER = re.compile(r"[+-]?[0-9]+(\.[0-9]+)?|[+-]?[0-9]+\s*/\s*[0-9]+")
MAX_ANSWER_CHARS = 60


def parse_real(text: str) -> Fraction:
    """A decimal (``-1.4375``), an integer, or a fraction ``p/q``, exactly; nothing else."""
    body = text.strip()
    if len(body) > MAX_ANSWER_CHARS:
        raise ParseError(f"the number has {len(body)} characters; at most {MAX_ANSWER_CHARS}")
    if not _NUMBER.fullmatch(body):
        shown = body if len(body) <= 20 else body[:20] + "..."
        raise ParseError(f"{shown!r} is not a decimal number or a fraction p/q")
    if "/" in body:
        numerator, denominator = (int(part) for part in body.split("/"))
        if denominator == 0:
            raise ParseError("the denominator is zero")
        return Fraction(numerator, denominator)
    return Fraction(body)


def grid_minimum(coefficients: list[int], reach: int) -> Fraction:
    """The smallest value of the polynomial (highest power first) at k/2 for |k| <= reach, in
    integer arithmetic: 2^degree * f(k/2) = sum of c_i k^i 2^(degree - i)."""
    best = None
    for k in range(-reach, reach + 1):
        scaled = 0  # Horner in k, the powers of 2 carried by the coefficients
        for i, c in enumerate(coefficients):
            scaled = scaled * k + c * (1 << i)
        if best is None or scaled < best:
            best = scaled
    return Fraction(best, 1 << (len(coefficients) - 1))


def value_at(coefficients: list[int], x: Fraction) -> Fraction:
    """f(x) exactly, by integer Horner on x = n/m: m^degree f(n/m) = sum of c_i n^(degree-i) m^i."""
    n, m = x.numerator, x.denominator
    scaled, power = 0, 1
    for c in coefficients:
        scaled = scaled * n + c * power
        power *= m
    return Fraction(scaled, power // m)


def _fraction_text(value: Fraction) -> str:
    return f"{value.numerator}/{value.denominator}"


class PolynomialGlobalMinimizer(Environment):
    description = "A real x at which an even-degree integer polynomial takes its smallest value"
    answer_kind = "other"
    multiple_valid_answers = True
    answer_example = "-1000.25"
    catalog_name = "PolynomialMinimum"

    def schedule(self, difficulty):
        return {
            "degree": 4 + 2 * (difficulty // 2),
            "s_coefficient": 3 + difficulty // 10,
            "max_denominator": 5 + difficulty // 5,
            "max_abs": 10 + difficulty // 2,
        }

    def generate_instance(self, rng, sizes):
        half = (sizes["degree"] - 2) // 2
        top = sizes["s_coefficient"]
        s = poly(
            [rng.randint(-top, top) for _ in range(half)]
            + [rng.choice([-1, 1]) * rng.randint(1, top)]
        )
        h = poly_add(poly_mul(s, s, UNCAPPED), poly([rng.randint(1, 3 * top)]))
        q = rng.randint(2, sizes["max_denominator"])
        p = rng.choice(
            [
                k
                for k in range(-sizes["max_abs"] * q, sizes["max_abs"] * q + 1)
                if math.gcd(k, q) == 1
            ]
        )
        minimum = rng.randint(-60, 60)
        f = poly_add(
            poly_mul(poly([-p, q]), poly_mul(poly([-p, q]), h, UNCAPPED), UNCAPPED), poly([minimum])
        )
        coefficients = [int(c) for c in reversed(f)]
        baseline = grid_minimum(coefficients, 4 * sizes["max_abs"])
        return {
            "coefficients": coefficients,
            "minimizer": _fraction_text(Fraction(p, q)),
            "minimum": minimum,
            "baseline": _fraction_text(baseline),
        }

    def solve(self, instance):
        return Fraction(instance["minimizer"])

    def format_answer(self, answer):
        return str(answer)

    def render(self, instance):
        f = poly_to_compact_text(poly(reversed(instance["coefficients"])))
        return (
            f"f(x) = {f}\n\n"
            "Find a real number x at which f(x) is as small as possible over all real numbers x "
            "(the global minimum; f may have other local minima).\n"
            "Answer with x as a decimal number (for example -1000.25) or as a fraction p/q, at "
            f"most {MAX_ANSWER_CHARS} characters. The answer is accepted when f(x) is within "
            "10^-6 of the smallest value of f; an x that is not that close may earn partial "
            "credit when f(x) is low."
        )

    def parse(self, text, instance):
        return parse_real(text)

    def check(self, instance, answer, reference):
        value = value_at(instance["coefficients"], answer)
        minimum = instance["minimum"]
        if value - minimum <= TOLERANCE:
            return Verdict.right()
        score = gap_closed_score(value, minimum, Fraction(instance["baseline"]))
        return Verdict.wrong(
            "f(x) is not within 10^-6 of the smallest value of f", score=float(score)
        )

    def near_misses(self, problem):
        best = Fraction(problem.instance["minimizer"])
        return [str(best + Fraction(1, 100)), str(best - 1), str(best + Fraction(1, 2)), "1/0"]
