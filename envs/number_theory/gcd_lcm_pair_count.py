"""GcdLcmPairCount: how many ordered pairs of positive integers have a given gcd and lcm, and
the sum of their first members.

gcd(P, Q) = G and lcm(P, Q) = L (G divides L) force P = G*a, Q = G*b with a*b = L/G and
gcd(a, b) = 1: every prime power p^e of L/G goes wholly to a or wholly to b, so the count is
2^(number of distinct primes of L/G), and the sum of P over the pairs is G * prod (1 + p^e).
The work is factorising L/G and seeing that structure.

The count alone is a power of two, a handful of values (8 was the answer on a quarter of the
seeds at every level); the sum of P spreads over a wide range, so the answer is both numbers.

Difficulty schedule (G up to sqrt(max_lcm)/2 + 1, L = G*K with K in [2, max_lcm / G]):

    d           0      1      2      3       5      10        20        d
    max_lcm  2430   7680  18750  38880  122880  856830   8395230   30 * (d + 3)^4

Level 0 starts at L <= 2430: with L <= 30 a level held a few dozen problems.

K >= 2, so the answer is at least 2. A uniform K would have two distinct primes most of the
time (the answer 4 would be a good blind guess), so K is built from a number of distinct primes
drawn uniformly from 1 to the most that fit under max_lcm / G (primes below 1000, each raised to
a random power while it fits): every power of two up to that count is about equally likely.
"""

from __future__ import annotations

import math

from rlve_gym import Environment
from rlve_gym.answers import parse_int_list
from rlve_gym.kernels.number_theory import factorize, primes_up_to

_SMALL_PRIMES = primes_up_to(1000)


def _quotient_with_random_prime_count(rng, budget: int) -> int:
    """A number <= budget (>= 2) whose count of distinct prime factors is uniform over the
    feasible counts."""
    most, product = 0, 1
    while product * _SMALL_PRIMES[most] <= budget:
        product *= _SMALL_PRIMES[most]
        most += 1
    wanted = rng.randint(1, most)
    quotient, chosen = 1, []
    for slot in range(wanted):
        left = wanted - slot - 1
        unused = [p for p in _SMALL_PRIMES if p not in chosen]
        room_for_rest = math.prod(unused[: left + 1]) // unused[0] if left else 1
        # any prime leaving room for the smallest unused primes still to come
        fitting = [p for p in unused if quotient * p * room_for_rest <= budget]
        prime = rng.choice(fitting)
        chosen.append(prime)
        quotient *= prime
    for prime in chosen:
        while rng.random() < 0.4 and quotient * prime <= budget:
            quotient *= prime
    return quotient


class GcdLcmPairCount(Environment):
    description = "Number of ordered pairs (P, Q) of positive integers with given gcd and lcm, and the sum of P"
    answer_kind = "int_list"
    #: no pair count of 8 (three primes, so the sum is at least 3 * 4 * 6) goes with a sum of 10
    answer_example = "8 10"
    catalog_name = "GcdLcmCounting"

    def schedule(self, difficulty):
        return {"max_lcm": 30 * (difficulty + 3) ** 4}

    def generate_instance(self, rng, sizes):
        top = sizes["max_lcm"]
        gcd = rng.randint(1, math.isqrt(top) // 2 + 1)
        quotient = _quotient_with_random_prime_count(rng, max(2, top // gcd))
        return {"gcd": gcd, "lcm": gcd * quotient}

    def solve(self, instance):
        prime_powers = factorize(instance["lcm"] // instance["gcd"])
        count = 2 ** len(prime_powers)
        first_sum = instance["gcd"] * math.prod(1 + p**e for p, e in prime_powers.items())
        return [count, first_sum]

    def parse(self, text, instance):
        return parse_int_list(text, length=2, max_digits=len(str(instance["lcm"])) + 4)

    def render(self, instance):
        g, lcm = instance["gcd"], instance["lcm"]
        return (
            f"How many ordered pairs (P, Q) of positive integers satisfy gcd(P, Q) = {g} and "
            f"lcm(P, Q) = {lcm}? Pairs are ordered: (P, Q) and (Q, P) count separately when P != Q. "
            "Also give the sum of P over all those pairs.\n"
            "Answer with the count and the sum, separated by a space, e.g. 8 10."
        )
