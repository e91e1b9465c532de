"""LinearRecurrenceTermMod: the N-th term of a_n = p*a_(n-1) + q*a_(n-2), modulo m.

A Fibonacci-style recurrence with given coefficients and starting values. The reference raises
the 2x2 companion matrix [[p, q], [1, 0]] to the power N - 1 modulo m (O(log N) products); a
solver may also find the period of the sequence modulo m.

Difficulty schedule (N drawn from [2, max_n], m from [max_modulus / 2, max_modulus]):

    d            0    1     2     3     5      10      20      d
    max_n        80  270   640  1250  3430   17280  106480   10 * (d + 2)^3
    max_modulus 270  380   510   660  1020    2270    6270   20 + 10 * (d + 5)^2

Level 0 starts with moduli from 135 to 270 and N up to 80: with moduli from 20 to 30 and N <= 10
one remainder (9) was the answer on 8% of the seeds, and with moduli below 100 any fixed
remainder is right on more than 1% of them.

An instance whose answer is 0 or 1 is redrawn (a bounded number of times), so trivial answers,
and the prompt's example 1, stay rare.
"""

from __future__ import annotations

from rlve_gym import Environment
from rlve_gym.kernels.number_theory import matrix_power_mod

MAX_ATTEMPTS = 20


def recurrence_term_mod(a0: int, a1: int, p: int, q: int, n: int, modulus: int) -> int:
    """a_n mod modulus for a_0 = a0, a_1 = a1, a_k = p a_(k-1) + q a_(k-2)."""
    if n == 0:
        return a0 % modulus
    power = matrix_power_mod([[p, q], [1, 0]], n - 1, modulus)
    return (power[0][0] * a1 + power[0][1] * a0) % modulus


class LinearRecurrenceTermMod(Environment):
    description = "N-th term of a second-order linear recurrence, modulo m"
    answer_kind = "single_int"
    answer_example = "1"
    catalog_name = "Fibonacci"

    def schedule(self, difficulty):
        return {
            "max_n": 10 * (difficulty + 2) ** 3,
            "max_modulus": 20 + 10 * (difficulty + 5) ** 2,
        }

    def generate_instance(self, rng, sizes):
        modulus = rng.randint(sizes["max_modulus"] // 2, sizes["max_modulus"])
        instance = {}
        for _ in range(MAX_ATTEMPTS):
            instance = {
                "a0": rng.randint(0, 9),
                "a1": rng.randint(1, 9),
                "p": rng.randint(1, 9),
                "q": rng.randint(1, 9),
                "n": rng.randint(2, sizes["max_n"]),
                "modulus": modulus,
            }
            if self.solve(instance) > 1:
                break
        return instance

    def solve(self, instance):
        return recurrence_term_mod(
            instance["a0"],
            instance["a1"],
            instance["p"],
            instance["q"],
            instance["n"],
            instance["modulus"],
        )

    def render(self, instance):
        a0, a1, p, q, n, m = (instance[k] for k in ("a0", "a1", "p", "q", "n", "modulus"))
        return (
            f"A sequence is defined by a_0 = {a0}, a_1 = {a1}, and a_n = {p} * a_(n-1) + {q} * a_(n-2) "
            f"for n >= 2. Compute a_{n} modulo {m}, that is, the remainder of a_{n} divided by {m} "
            f"(an integer from 0 to {m - 1}).\nAnswer with that remainder only, e.g. 1."
        )
