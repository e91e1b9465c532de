"""FactorialTrailingZerosInBase: how many zeros N! ends with when written in base K.

The count is the largest t with K^t dividing N!, i.e. the minimum over the prime powers p^e
of K of floor(v_p(N!) / e), with v_p(N!) from Legendre's formula.

Difficulty schedule (N drawn from [2, max_n], base K from [2, max_base]):

    d           0     1     2     3      5      10      20      d
    max_n    1280  2500  4320  6860  14580   54880  276480   20 * (d + 4)^3
    max_base  130   202   290   394    650    1570    4610   2 + 8 * (d + 4)^2

A draw whose count is below 30 is redrawn (a bounded number of times, then N is raised to max_n
with base 10, where N! ends in over 300 zeros): a base with a large prime factor makes the
count about N / p, so small counts pile up and a small fixed guess paid on one seed in three.
Level 0 starts at the old level 1 and the floor is 30 rather than 10: with N up to 540 and a
floor of 10 the counts still piled up just above the floor (11 was right on 6% of one range of
200 seeds); now no count is the answer on more than about 3% of a level's seeds.
The format example 3 is therefore never the answer.
"""

from __future__ import annotations

from rlve_gym import Environment
from rlve_gym.kernels.number_theory import factorize

MAX_ATTEMPTS = 30
#: smallest count a kept draw has
MIN_ZEROS = 30


def legendre_exponent(n: int, p: int) -> int:
    """v_p(n!) = sum_k floor(n / p^k)."""
    total, power = 0, p
    while power <= n:
        total += n // power
        power *= p
    return total


def factorial_trailing_zeros(n: int, base: int) -> int:
    return min(legendre_exponent(n, p) // e for p, e in factorize(base).items())


class FactorialTrailingZerosInBase(Environment):
    description = "Number of trailing zeros of N! written in base K"
    answer_kind = "single_int"
    answer_example = "3"
    catalog_name = "FactorialTrailingZeroCount"

    def schedule(self, difficulty):
        shifted = difficulty + 4
        return {"max_n": 20 * shifted**3, "max_base": 2 + 8 * shifted**2}

    def generate_instance(self, rng, sizes):
        for _ in range(MAX_ATTEMPTS):
            n, base = rng.randint(2, sizes["max_n"]), rng.randint(2, sizes["max_base"])
            if factorial_trailing_zeros(n, base) >= MIN_ZEROS:
                return {"n": n, "base": base}
        return {"n": sizes["max_n"], "base": 10}

    def solve(self, instance):
        return factorial_trailing_zeros(instance["n"], instance["base"])

    def render(self, instance):
        n, base = instance["n"], instance["base"]
        return (
            f"Write N! = 1 * 2 * ... * N for N = {n} in base {base}. How many zeros does this base-{base} "
            f"representation end with? (Equivalently: the largest t such that {base}^t divides {n}!.)\n"
            "Answer with the count only, e.g. 3."
        )
