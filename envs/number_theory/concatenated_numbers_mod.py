"""ConcatenatedNumbersMod: the number 123456789101112...N (1 to N written one after another) modulo M.

Appending k with L digits maps a value v to v * 10^L + k. Within one digit length this is a
linear map on (v, k, 1), so the reference multiplies one 3x3 matrix power per digit length:
O(log N) work per length instead of N appends.

Difficulty schedule (N drawn from [10, max_n], M from [10, max_modulus]):

    d            0    1     2     3     5      10       20       d
    max_n        100  800  2700  6400  21600  133100   926100   100 * (d + 1)^3
    max_modulus  100  400   900  1600   3600   12100    44100   100 * (d + 1)^2

Draws whose answer is 0 or 1 are redrawn a bounded number of times.
"""

from __future__ import annotations

from rlve_gym import Environment
from rlve_gym.kernels.number_theory import matrix_power_mod

MAX_ATTEMPTS = 20


def concatenation_mod(n: int, modulus: int) -> int:
    """int('1' + '2' + ... + str(n)) mod modulus, for n >= 0 (0 for n = 0)."""
    value, length = 0, 1
    while 10 ** (length - 1) <= n:
        first, last = 10 ** (length - 1), min(10**length - 1, n)
        shift = pow(10, length, modulus)
        # (v, k, 1) -> (v * 10^L + k, k + 1, 1), applied (last - first + 1) times from k = first
        step = matrix_power_mod([[shift, 1, 0], [0, 1, 1], [0, 0, 1]], last - first + 1, modulus)
        value = (step[0][0] * value + step[0][1] * first + step[0][2]) % modulus
        length += 1
    return value % modulus


class ConcatenatedNumbersMod(Environment):
    description = "The concatenation 123...N of the integers 1 to N, modulo M"
    answer_kind = "single_int"
    answer_example = "37"
    catalog_name = "PrefixConcatenation"

    def schedule(self, difficulty):
        return {"max_n": 100 * (difficulty + 1) ** 3, "max_modulus": 100 * (difficulty + 1) ** 2}

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
