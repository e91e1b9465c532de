"""PowerTowerOfTwoMod: the value that the power tower 2^2^...^2 eventually takes modulo m.

With a(0) = 1 and a(n) = 2^a(n-1), the residues a(n) mod m become constant. The reference uses
the generalised Euler theorem, 2^x = 2^((x mod phi(m)) + phi(m)) (mod m) for every x >= log2(m),
which is true of the (huge) tower: the limit modulo m is 2^(L(phi(m)) + phi(m)) mod m, with
L(1) = 0. phi halves at least every two steps, so the recursion is O(log m) totients deep.

Difficulty schedule (m drawn from [3, max_m]):

    d         0      1      2      3       5       10        20            d
    max_m  4096  10000  20736  38416  104976  614656  5308416   16 * (d + 4)^4

Level 0 starts at m <= 4096: with m <= 16 there were 8 distinct problems, and up to m = 256
the limit was a(3) = 16 (m divides 2^16 - 16) on a fifth of the seeds.

Moduli whose limit is 0 or 1 (powers of two, divisors of Fermat numbers such as 3, 5, 15, 17),
or one of the tower values the prompt lists (2, 4, 16, 65536: the tower has already settled
there, so copying a number from the prompt would be right), are redrawn (a few tries, then the
next modulus upward whose limit is none of those), so these blind guesses never pay.
"""

from __future__ import annotations

from rlve_gym import Environment
from rlve_gym.kernels.number_theory import euler_phi

_DRAWS = 8
#: limits a blind answer would hit: 0, 1, and the tower values a(1)..a(4) shown in the prompt
_GUESSABLE = frozenset({0, 1, 2, 4, 16, 65536})


def power_tower_limit(m: int) -> int:
    """lim_n (2^2^...^2 with n twos) mod m, for m >= 1."""
    if m == 1:
        return 0
    phi = euler_phi(m)
    return pow(2, power_tower_limit(phi) + phi, m)


class PowerTowerOfTwoMod(Environment):
    description = "Eventual constant value of the power tower 2^2^...^2 modulo m"
    answer_kind = "single_int"
    answer_example = "36"
    catalog_name = "SelfPowerSequenceMOD"

    def schedule(self, difficulty):
        return {"max_m": 16 * (difficulty + 4) ** 4}

    def generate_instance(self, rng, sizes):
        for _ in range(_DRAWS):
            m = rng.randint(3, sizes["max_m"])
            if power_tower_limit(m) not in _GUESSABLE:
                return {"m": m}
        while power_tower_limit(m) in _GUESSABLE:  # bounded: most moduli have another limit
            m += 1
        return {"m": m}

    def solve(self, instance):
        return power_tower_limit(instance["m"])

    def render(self, instance):
        m = instance["m"]
        return (
            "Define a(0) = 1 and a(n) = 2^a(n - 1) for n >= 1, so a(1) = 2, a(2) = 4, a(3) = 16, "
            "a(4) = 65536, and so on (a tower of n twos). Let b(n) = a(n) mod "
            f"{m}, the remainder of a(n) divided by {m}. From some n on, b(n) no longer changes.\n"
            "What is that constant value? It is an integer from 0 to "
            f"{m - 1}. Answer with the integer only, e.g. 36."
        )
