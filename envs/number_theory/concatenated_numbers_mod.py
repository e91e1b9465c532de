"""ConcatenatedNumbersMod: the number 123456789101112...N (1 to N written one after another) modulo M.

Appending k with L digits maps a value v to v * 10^L + k. Within one digit length this is a
linear map on (v, k, 1), so the reference raises one 3x3 matrix to a power per digit length:
O(log N) work per length instead of N appends. The matrices involved keep the shape
[[s, a, b], [0, 1, c], [0, 0, 1]], so only (s, a, b, c) is multiplied (4 products, not 27).

Difficulty schedule (N drawn from [10, max_n], M from [10, max_modulus]):

    d            0     1     2      3      5      10        20        d
    max_n        800  2700  6400  12500  34300  172800  1064800   100 * (d + 2)^3
    max_modulus  400   900  1600   2500   4900   14400    48400   100 * (d + 2)^2

Level 0 starts at M <= 400: with M <= 100 the format example was the answer on 1.5% of seeds.

Draws whose answer is 0 or 1 are redrawn a bounded number of times.
"""

from __future__ import annotations

from rlve_gym import Environment

MAX_ATTEMPTS = 20

#: (s, a, b, c) stands for the matrix [[s, a, b], [0, 1, c], [0, 0, 1]]
_IDENTITY = (1, 0, 0, 0)


def _compose(first, second, modulus):
    """The product first @ second of two matrices of the shape above."""
    s1, a1, b1, c1 = first
    s2, a2, b2, c2 = second
    return (
        s1 * s2 % modulus,
        (s1 * a2 + a1) % modulus,
        (s1 * b2 + a1 * c2 + b1) % modulus,
        (c1 + c2) % modulus,
    )


def _append_power(shift: int, count: int, modulus: int):
    """[[shift, 1, 0], [0, 1, 1], [0, 0, 1]] ** count: append count consecutive numbers."""
    result, base = _IDENTITY, (shift % modulus, 1, 0, 1)
    while count:
        if count & 1:
            result = _compose(result, base, modulus)
        base = _compose(base, base, modulus)
        count >>= 1
    return result


def concatenation_mod(n: int, modulus: int) -> int:
    """int('1' + '2' + ... + str(n)) mod modulus, for n >= 0 (0 for n = 0)."""
    value, length = 0, 1
    while 10 ** (length - 1) <= n:
        first, last = 10 ** (length - 1), min(10**length - 1, n)
        shift = pow(10, length, modulus)
        # (v, k, 1) -> (v * 10^L + k, k + 1, 1), applied (last - first + 1) times from k = first
        scale, per_first, constant, _ = _append_power(shift, last - first + 1, modulus)
        value = (scale * value + per_first * first + constant) % modulus
        length += 1
    return value % modulus


class ConcatenatedNumbersMod(Environment):
    description = "The concatenation 123...N of the integers 1 to N, modulo M"
    answer_kind = "single_int"
    answer_example = "37"
    catalog_name = "PrefixConcatenation"

    def schedule(self, difficulty):
        shifted = difficulty + 2
        return {"max_n": 100 * shifted**3, "max_modulus": 100 * shifted**2}

    def generate_instance(self, rng, sizes):
        instance = {}
        for _ in range(MAX_ATTEMPTS):
            instance = {
                "n": rng.randint(10, sizes["max_n"]),
                "modulus": rng.randint(10, sizes["max_modulus"]),
            }
            if concatenation_mod(instance["n"], instance["modulus"]) > 1:
                break
        return instance

    def solve(self, instance):
        return concatenation_mod(instance["n"], instance["modulus"])

    def render(self, instance):
        n, m = instance["n"], instance["modulus"]
        return (
            f"Write the integers 1, 2, 3, ..., {n} one after another in decimal, without separators, to "
            f"form one big integer (for N = 12 it would be 123456789101112). What is the remainder of "
            f"that integer for N = {n} when divided by {m}?\nAnswer with the remainder only, e.g. 37."
        )
