"""PowerLastDigitsPeriod: the period of the last K digits of N, N^2, N^3, ...

The smallest L >= 1 with N^(i+L) = N^i (mod 10^K) for every i >= 1, which is the same as
N^(L+1) = N (mod 10^K). Splitting 10^K = 2^K * 5^K: for a prime p in {2, 5} that does not
divide N the condition is that the multiplicative order of N modulo p^K divides L; when p^K
divides N it holds for every L; when p divides N but p^K does not, no L works (such N are
never drawn, so the period always exists). The reference takes the lcm of the orders.

Difficulty schedule (the last K digits; N has 2K + 1 digits):

    d          0   1   2   3   4   5  ...  10  ...  20  ...  d
    digits_k   9   9  10  10  11  11  ...  14  ...  19  ...  9 + d // 2
    digits_n  19  19  21  21  23  23  ...  29  ...  39  ...  2 * digits_k + 1

The possible periods are 2^x * 5^c (x <= max(K - 2, 2), c <= K - 1), about K^2 values; the
generator draws the period uniformly among them and then builds N with that period, so no
answer is a good blind guess (the prompt's example 3 is never a period). Drawing N at random
instead put a third to a half of the seeds on one period at K <= 3, and still 5% on 256 at
K = 11, which is why level 0 starts at K = 9 (71 possible periods, so each is the answer on
about 1.4% of the seeds). Only the last K digits of N matter; the leading ones are there so that
a solver must see that.

N is coprime to 10 at least four times in five; otherwise, when the period allows it, N is a
multiple of 2^K (the period is then the order modulo 5^K alone) or of 5^K (the order modulo 2^K
alone).
"""

from __future__ import annotations

import math

from rlve_gym import Environment
from rlve_gym.kernels.number_theory import multiplicative_order


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


def _unit_mod_power_of_two(rng, exponent: int, digits: int) -> int:
    """A random unit modulo 2^digits (digits >= 3) of multiplicative order exactly 2^exponent.

    The units are +-5^j, and 5 has order 2^(digits - 2); an odd multiple of 2^(digits - 2 - e) as
    j gives order 2^e, and the sign does not change an order >= 2.
    """
    modulus = 2**digits
    if exponent == 0:
        return 1
    j = (2 * rng.randint(0, 2 ** (exponent - 1) - 1) + 1) << (digits - 2 - exponent)
    value = pow(5, j, modulus)
    return modulus - value if rng.random() < 0.5 else value


def _unit_mod_power_of_five(rng, order: int, digits: int) -> int:
    """A random unit modulo 5^digits of multiplicative order exactly ``order`` (a divisor of
    4 * 5^(digits - 1)): 2 is a primitive root modulo every power of 5."""
    group = 4 * 5 ** (digits - 1)
    k = rng.randint(1, order)
    while math.gcd(k, order) != 1:
        k = rng.randint(1, order)
    return pow(2, k * (group // order), 5**digits)


def _crt_mod_ten_power(low_two: int, low_five: int, digits: int) -> int:
    """The residue modulo 10^digits that is low_two modulo 2^digits and low_five modulo 5^digits."""
    two, five = 2**digits, 5**digits
    return (low_two * five * pow(five, -1, two) + low_five * two * pow(two, -1, five)) % (
        two * five
    )


def _possible_periods(digits: int) -> list[tuple[int, int]]:
    """(x, c) for every period 2^x * 5^c > 1 that some N has for the last ``digits`` digits."""
    top_two = max(digits - 2, 2)
    return [(x, c) for x in range(top_two + 1) for c in range(digits) if x or c]


def _with_period(rng, x: int, c: int, digits: int) -> int:
    """The last ``digits`` digits of an N whose period is 2^x * 5^c (digits >= 3)."""
    ways = []
    if x <= 2:  # N a multiple of 2^K: only the order modulo 5^K counts
        ways.append("two")
    if c == 0 and 1 <= x <= digits - 2:  # N a multiple of 5^K: only the order modulo 2^K counts
        ways.append("five")
    way = rng.choice(ways) if ways and rng.random() < 0.2 else "coprime"
    if way == "two":
        return _crt_mod_ten_power(0, _unit_mod_power_of_five(rng, 2**x * 5**c, digits), digits)
    if way == "five":
        return _crt_mod_ten_power(_unit_mod_power_of_two(rng, x, digits), 0, digits)
    # coprime: orders 2^a modulo 2^K and 2^b * 5^c modulo 5^K (b <= 2) with max(a, b) = x
    pairs = [(a, b) for a in range(min(x, digits - 2) + 1) for b in range(min(x, 2) + 1)]
    a, b = rng.choice([(a, b) for a, b in pairs if max(a, b) == x])
    return _crt_mod_ten_power(
        _unit_mod_power_of_two(rng, a, digits),
        _unit_mod_power_of_five(rng, 2**b * 5**c, digits),
        digits,
    )


class PowerLastDigitsPeriod(Environment):
    description = "Period of the last K decimal digits of the powers N, N^2, N^3, ..."
    answer_kind = "single_int"
    answer_example = "3"
    catalog_name = "PowerCycle"

    def schedule(self, difficulty):
        digits_k = 9 + difficulty // 2
        return {"digits_k": digits_k, "digits_n": 2 * digits_k + 1}

    def generate_instance(self, rng, sizes):
        k, width = sizes["digits_k"], sizes["digits_n"]
        x, c = rng.choice(_possible_periods(k))
        leading = rng.randint(10 ** (width - k - 1), 10 ** (width - k) - 1)
        return {"n": leading * 10**k + _with_period(rng, x, c, k), "digits": k}

    def solve(self, instance):
        return last_digits_period(instance["n"], instance["digits"])

    def render(self, instance):
        n, k = instance["n"], instance["digits"]
        return (
            f"Let N = {n}. Look at the last {k} decimal digits of the powers N^1, N^2, N^3, ... "
            f"(that is, each power modulo 10^{k}). Find the smallest positive integer L such that for "
            f"every i >= 1, N^(i+L) and N^i have the same last {k} digits. Such an L exists for this N.\n"
            "(Example: for N = 2 and the last 1 digit the powers end in 2, 4, 8, 6, 2, 4, ..., so L = 4.)\n"
            "Answer with L only, e.g. 3."
        )
