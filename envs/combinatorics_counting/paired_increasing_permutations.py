"""Permutations of 1..2N read as N increasing pairs with increasing columns: Catalan numbers modulo M.

The sequences a[1..2N] asked for (a permutation of 1..2N with a[1] < a[3] < ..., a[2] < a[4]
< ... and a[2i-1] < a[2i]) are the standard Young tableaux of a 2 x N rectangle, counted by the
Catalan number C(2N, N) / (N + 1). The modulus M is an arbitrary integer (often composite), so
the division cannot be done by a modular inverse: the solver factors the Catalan number with
Legendre's formula (the exponent of each prime p <= 2N in (2N)! / (N! (N + 1)!)) and multiplies
the prime powers modulo M.

Difficulty schedule (N is drawn uniformly from max(19, ceil(N_max / 2)) .. N_max; M is a random
integer from 10**8 to 10**9, not necessarily prime):

    d       0   1   2    3    5    10   20    30   ...  d
    N_max  24  27  32   37   51   104  284   564   ...  24 + 3d + d^2 // 2

N >= 19 because the count exceeds every M from N = 19 on: below that the answer was the
Catalan number itself, one of a handful of well-known values (5, 42, 429, ... answered a
quarter of the early levels, the prompt's format example 42 among them).
"""

from __future__ import annotations

from rlve_gym.kernels.number_theory import primes_up_to
from rlve_gym.modular import ModularCountEnvironment, modulus_sentence

#: the first N whose Catalan number exceeds 10**9, the largest modulus
SMALLEST_PAIRS = 19


def _factorial_exponent(n: int, prime: int) -> int:
    """Exponent of ``prime`` in n! (Legendre)."""
    exponent = 0
    while n:
        n //= prime
        exponent += n
    return exponent


def catalan_mod(n: int, modulus: int) -> int:
    """The n-th Catalan number modulo any modulus >= 1, without division."""
    result = 1 % modulus
    for prime in primes_up_to(2 * n):
        exponent = (
            _factorial_exponent(2 * n, prime)
            - _factorial_exponent(n, prime)
            - _factorial_exponent(n + 1, prime)
        )
        if exponent:
            result = result * pow(prime, exponent, modulus) % modulus
    return result


class PairedIncreasingPermutations(ModularCountEnvironment):
    description = "Number of permutations of 1..2N with increasing odd, even and pair entries (Catalan), modulo M"
    catalog_name = "CatalanNumberMod"

    def schedule(self, difficulty):
        return {"max_pairs": 24 + 3 * difficulty + difficulty * difficulty // 2}

    def generate_instance(self, rng, sizes):
        largest = sizes["max_pairs"]
        return {
            "pairs": rng.randint(max(SMALLEST_PAIRS, (largest + 1) // 2), largest),
            "modulus": rng.randint(10**8, 10**9),
        }

    def solve(self, instance):
        return catalan_mod(instance["pairs"], instance["modulus"])

    def render(self, instance):
        n = instance["pairs"]
        return (
            f"Let N = {n}. Count the sequences a[1], a[2], ..., a[2N] that are permutations of the "
            "numbers 1, 2, ..., 2N and satisfy all of:\n"
            "- the entries at odd positions increase: a[1] < a[3] < a[5] < ... < a[2N-1];\n"
            "- the entries at even positions increase: a[2] < a[4] < a[6] < ... < a[2N];\n"
            "- within each pair, a[2i-1] < a[2i] for every i from 1 to N.\n"
            "For example, for N = 2 the valid sequences are 1 2 3 4 and 1 3 2 4, so the count is 2.\n"
            f"{modulus_sentence(instance['modulus'], prime=False)}\n"
            "Answer with a single integer."
        )
