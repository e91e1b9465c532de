"""KthRootToFiveDecimals: the real K-th root of a positive integer N, rounded to 5 decimals.

The answer is the decimal r with exactly five digits after the point that is nearest to
N^(1/K), i.e. floor(N^(1/K) * 10^5 + 1/2) / 10^5 (round half up). It is computed exactly with
integer arithmetic: t = floor((2 * 10^5)^K * N)^(1/K) = floor(2 * 10^5 * N^(1/K)) by an integer
K-th root, and the rounded value is (t + 1) // 2 hundred-thousandths. A tie (a root exactly
halfway between two five-decimal numbers) cannot happen: the K-th root of an integer is either
an integer or irrational. No floating-point number is involved anywhere, and the answer must be
written with exactly five decimals (an integer root as 3.00000).

Difficulty schedule (N has exactly `digits` decimal digits; K drawn from 2 .. max_k):

    d         0   1   2   3   4   5  ...  10  ...  20  ...  d
    digits    3   3   4   4   5   5  ...   8  ...  13  ...  3 + d // 2
    max_k     2   2   2   3   3   3  ...   5  ...   8  ...  2 + d // 3

Level 0 asks for square roots of three-digit numbers; higher roots come in at d = 3 and N gains
a digit every other level, so both the order of the root and the precision work grow.
"""

from __future__ import annotations

import re

from rlve_gym import Environment
from rlve_gym.answers import ParseError

DECIMALS = 5
SCALE = 10**DECIMALS
_DECIMAL_RE = re.compile(r"[0-9]+\.[0-9]+")


def integer_root(x: int, k: int) -> int:
    """floor(x^(1/k)) for integers x >= 0, k >= 1, by Newton's method on integers."""
    if x < 2:
        return x
    guess = 1 << -(-x.bit_length() // k)  # 2^ceil(bits / k) >= the root
    while True:
        better = ((k - 1) * guess + x // guess ** (k - 1)) // k
        if better >= guess:
            return guess
        guess = better


def rounded_root(n: int, k: int) -> int:
    """N^(1/K) rounded half up to five decimals, as an integer count of 10^-5."""
    twice_scaled = integer_root(n * (2 * SCALE) ** k, k)
    return (twice_scaled + 1) // 2


def format_scaled(value: int) -> str:
    whole, fraction = divmod(value, SCALE)
    return f"{whole}.{fraction:0{DECIMALS}d}"


class KthRootToFiveDecimals(Environment):
    description = "The K-th root of an integer N, rounded to exactly five decimal places"
    answer_kind = "other"
    answer_example = "0.12345"
    catalog_name = "RootExtraction"

    def schedule(self, difficulty):
        return {"digits": 3 + difficulty // 2, "max_k": 2 + difficulty // 3}

    def generate_instance(self, rng, sizes):
        digits = sizes["digits"]
        return {
            "n": rng.randint(10 ** (digits - 1), 10**digits - 1),
            "k": rng.randint(2, sizes["max_k"]),
        }

    def solve(self, instance):
        return rounded_root(instance["n"], instance["k"])

    def format_answer(self, answer):
        return format_scaled(answer)

    def render(self, instance):
        n, k = instance["n"], instance["k"]
        root = "square root" if k == 2 else f"{k}-th root"
        return (
            f"Compute the real {root} of N = {n} (the positive real number x with x^{k} = {n}), "
            "rounded to 5 decimal places: the number with exactly five digits after the decimal "
            "point that is nearest to x (a root exactly halfway between two such numbers cannot "
            "occur here).\n"
            "Answer with that decimal number, always writing exactly five digits after the point "
            "(for example, the square root of 2 is 1.41421 and the cube root of 8 is 2.00000)."
        )

    def parse(self, text, instance):
        body = text.strip()
        if len(body) > len(str(instance["n"])) + DECIMALS + 4:
            raise ParseError("answer is too long for a rounded root of N")
        if not _DECIMAL_RE.fullmatch(body):
            shown = body if len(body) <= 20 else body[:20] + "..."
            raise ParseError(f"{shown!r} is not a decimal number such as 12.34567")
        whole, fraction = body.split(".")
        if len(fraction) != DECIMALS:
            raise ParseError(f"write exactly {DECIMALS} digits after the decimal point")
        return int(whole) * SCALE + int(fraction)

    def near_misses(self, problem):
        value = self.parse(problem.answer, problem.instance)
        truncated = integer_root(
            problem.instance["n"] * SCALE ** problem.instance["k"], problem.instance["k"]
        )
        misses = [format_scaled(value + 1), format_scaled(value - 1), problem.answer[:-1]]
        if truncated != value:  # rounding down instead of to nearest
            misses.append(format_scaled(truncated))
        return misses
