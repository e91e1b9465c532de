"""PowerLastDigitsPeriod: the period of the last K digits of N, N^2, N^3, ...

The smallest L >= 1 with N^(i+L) = N^i (mod 10^K) for every i >= 1, which is the same as
N^(L+1) = N (mod 10^K). Splitting 10^K = 2^K * 5^K: for a prime p in {2, 5} that does not
divide N the condition is that the multiplicative order of N modulo p^K divides L; when p^K
divides N it holds for every L; when p divides N but p^K does not, no L works (such N are
never drawn, so the period always exists). The reference takes the lcm of the orders.

Difficulty schedule (the last K digits; N has about 2K + 1 digits):

    d          0  1  2  3  4  5  ...  10  ...  20  ...  d
    digits_k   1  1  2  2  3  3  ...   6  ...  11  ...  1 + d // 2
    digits_n   3  3  5  5  7  7  ...  13  ...  23  ...  2 * digits_k + 1

The order modulo 10^K can reach 4 * 10^(K-1), so one more digit multiplies the search space by
ten; only the last K digits of N matter, the leading ones are there so that a solver must see that.

N is coprime to 10 three times in four (its last K digits are then a random unit raised to a
random power 2^a 5^b, so that shorter periods are as common as the longest one); otherwise N = 2^K * u or 5^K * u (u coprime to 10), so
the multiple-of-a-prime-power case appears too. Draws with period 1 are redrawn.
"""

from __future__ import annotations

import math

from rlve_gym import Environment
from rlve_gym.kernels.number_theory import multiplicative_order

MAX_ATTEMPTS = 30


def last_digits_period(n: int, digits: int) -> int | None:
    """Smallest L >= 1 with n^(L+1) = n (mod 10^digits), or None when no L exists."""
    period = 1
    for p in (2, 5):
        modulus = p**digits
        if n % modulus == 0:
            continue
        if n % p == 0:
            return None
        order = multiplicative_order(n % modulus, modulus) if modulus > 1 else 1
        period = period * order // math.gcd(period, order)
    return period


def _random_unit(rng, low: int, high: int) -> int:
    """A random integer in [low, high] coprime to 10 (high - low >= 10)."""
    n = rng.randint(low, high - 10)
    while n % 2 == 0 or n % 5 == 0:
        n += 1
    return n


def _with_shortened_period(rng, unit: int, digits: int) -> int:
    """``unit`` with its last ``digits`` digits replaced by their power with a random exponent
    2^a * 5^b: the order modulo 10^digits is then divided by a random factor, so the answer is
    not almost always the largest possible period (a good blind guess otherwise)."""
    modulus = 10**digits
    exponent = 2 ** rng.randint(0, digits) * 5 ** rng.randint(0, digits - 1)
    return unit - unit % modulus + pow(unit, exponent, modulus)


class PowerLastDigitsPeriod(Environment):
    description = "Period of the last K decimal digits of the powers N, N^2, N^3, ..."
    answer_kind = "single_int"
    answer_example = "20"
    catalog_name = "PowerCycle"

    def schedule(self, difficulty):
        digits_k = 1 + difficulty // 2
        return {"digits_k": digits_k, "digits_n": 2 * digits_k + 1}

    def generate_instance(self, rng, sizes):
        k, width = sizes["digits_k"], sizes["digits_n"]
        low, high = 10 ** (width - 1), 10**width - 1
        n = 3
        for _ in range(MAX_ATTEMPTS):
            kind = rng.random()
            if kind < 0.75:
                n = _with_shortened_period(rng, _random_unit(rng, low, high), k)
            else:
                prime_power = 2**k if kind < 0.875 else 5**k
                n = prime_power * _random_unit(
                    rng, max(1, low // prime_power) + 1, high // prime_power + 11
                )
            if last_digits_period(n, k) not in (None, 1):
                break
        return {"n": n, "digits": k}

    def solve(self, instance):
        return last_digits_period(instance["n"], instance["digits"])

    def render(self, instance):
        n, k = instance["n"], instance["digits"]
        return (
            f"Let N = {n}. Look at the last {k} decimal digits of the powers N^1, N^2, N^3, ... "
            f"(that is, each power modulo 10^{k}). Find the smallest positive integer L such that for "
            f"every i >= 1, N^(i+L) and N^i have the same last {k} digits. Such an L exists for this N.\n"
            "(Example: for N = 2 and the last 1 digit the powers end in 2, 4, 8, 6, 2, 4, ..., so L = 4.)\n"
            "Answer with L only, e.g. 20."
        )
