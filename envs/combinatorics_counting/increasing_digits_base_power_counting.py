"""Increasing digits in base 2^K: count the numbers whose base-2^K digits strictly increase from
left to right, that have at least two such digits and at most W bits, modulo a prime.

With n = 2^K - 1, W = K * L + r (0 <= r < K): the digits are distinct and increasing, so the
leading one is at least 1 and a number is a set of digits from 1..n. A number of j <= L digits
always fits in W bits: C(n, j) of them for each j >= 2. A number of L + 1 digits fits only when
r > 0 and its leading digit t is below 2^r; choosing the other L digits above t gives
sum_{t=1}^{2^r - 1} C(n - t, L) = C(n, L + 1) - C(n - 2^r + 1, L + 1) (hockey stick). Every
binomial is built by the ratio C(m, j) = C(m, j - 1) (m - j + 1) / j in O(L) steps.

Difficulty schedule (K is drawn from max(4, K_max - 4) .. K_max, the digit count L from
max(2, M / 3) .. M with M = min(L_max, 2^K - 1), r from 0 .. K - 1, and W = K * L + r):

    d       0   1   2   3   4   8   10   20   30   ...  d
    K_max   8   8   8   8   9  10   10   13   15   ...  min(8 + d // 4, 16)
    L_max  10  11  12  13  14  18   20   30   40   ...  10 + d

The answer depends only on K and W, so a level mixes several digit widths and lengths to hold
many distinct problems; with K = 2 or 3 the digits run out (every increasing digit string fits)
and the count is one of a few small numbers, so level 0 starts at K >= 4. K stops at 16 (base
65536, so every binomial's top argument stays below the smallest prime in use); L keeps growing
by one digit per level.
"""

from __future__ import annotations

from rlve_gym.kernels.combinatorics import choose_prime
from rlve_gym.modular import ModularCountEnvironment, modulus_sentence

MAX_DIGIT_BITS = 16


def _binomial_row(top: int, largest: int, modulus: int) -> list[int]:
    """[C(top, 0), ..., C(top, largest)] modulo a prime above ``top`` and ``largest``."""
    row = [1]
    for j in range(1, largest + 1):
        row.append(
            row[-1] * ((top - j + 1) % modulus) % modulus * pow(j, modulus - 2, modulus) % modulus
        )
    return row


def count_increasing_digit_numbers(digit_bits: int, max_bits: int, modulus: int) -> int:
    """Numbers with >= 2 strictly increasing base-2^digit_bits digits and at most max_bits bits."""
    top = (1 << digit_bits) - 1
    full_digits, extra_bits = divmod(max_bits, digit_bits)
    longest = min(full_digits, top)
    row = _binomial_row(top, min(full_digits + 1, top), modulus)
    total = sum(row[2 : longest + 1]) % modulus
    if extra_bits and full_digits + 1 >= 2 and full_digits + 1 <= top:
        lower_top = top - (1 << extra_bits) + 1
        lower = (
            _binomial_row(lower_top, full_digits + 1, modulus)[full_digits + 1]
            if lower_top >= full_digits + 1
            else 0
        )
        total += row[full_digits + 1] - lower
    return total % modulus


class IncreasingDigitsBasePowerCounting(ModularCountEnvironment):
    description = "How many numbers have at least two strictly increasing base-2^K digits and at most W bits, modulo a prime"
    catalog_name = "DecreasingDigitCounting"

    def schedule(self, difficulty):
        return {
            "max_digit_bits": min(8 + difficulty // 4, MAX_DIGIT_BITS),
            "max_digits": 10 + difficulty,
        }

    def generate_instance(self, rng, sizes):
        bits = rng.randint(max(4, sizes["max_digit_bits"] - 4), sizes["max_digit_bits"])
        most_digits = min(sizes["max_digits"], (1 << bits) - 1)
        digits = rng.randint(max(2, most_digits // 3), most_digits)
        extra = rng.randint(0, bits - 1)
        return {"digit_bits": bits, "max_bits": bits * digits + extra, "modulus": choose_prime(rng)}

    def solve(self, instance):
        return count_increasing_digit_numbers(
            instance["digit_bits"], instance["max_bits"], instance["modulus"]
        )

    def render(self, instance):
        k, w = instance["digit_bits"], instance["max_bits"]
        return (
            f"Write positive integers R in base 2^K = {1 << k} (K = {k}), without leading zeros; the "
            f"digits are 0 .. {(1 << k) - 1}. Count the integers R such that:\n"
            f"- R has at least 2 digits in base {1 << k};\n"
            "- reading the base-2^K digits from left to right (most significant first), every digit "
            "is strictly smaller than the digit to its right;\n"
            f"- R written in binary (without leading zeros) has at most W = {w} bits.\n"
            "For example, for K = 2 the number 27 qualifies whenever W >= 5 (27 is 123 in base 4 and "
            "11011 in binary, 5 bits), while 30 never does (132 in base 4: the digit 2 follows 3).\n"
            f"{modulus_sentence(instance['modulus'])}\n"
            "Answer with a single integer."
        )
