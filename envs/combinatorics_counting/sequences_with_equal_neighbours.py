"""Sequences with an equal adjacent pair: count them, modulo a prime, for very long sequences.

Of the M^N sequences of length N over M values, exactly M * (M - 1)^(N - 1) have no two equal
neighbours (the first entry is free, each later one must differ from its predecessor), so the
count asked for is M^N - M * (M - 1)^(N - 1), computed with fast modular exponentiation.

Difficulty schedule (the numbers of decimal digits of N and M; N >= 2 and M >= 2 always):

    d          0   1   2   3   4   5   10   20   30   ...  d
    N digits   2   2   3   3   4   4    7   12   17   ...  2 + d // 2
    M digits   1   1   1   2   2   2    4    7   11   ...  1 + d // 3

The numbers grow by a digit every two or three levels (exponents of 15 digits are routine for
square-and-multiply). N has two digits from d = 0: with one-digit N and M a level held fewer
than 150 distinct problems. The prompt's worked example (N = 3, M = 2) is never the instance.
"""

from __future__ import annotations

from rlve_gym.kernels.combinatorics import choose_prime
from rlve_gym.modular import ModularCountEnvironment, modulus_sentence, number_with_digits

#: (N, M) of the worked example in the prompt
EXAMPLE = (3, 2)


class SequencesWithEqualNeighbours(ModularCountEnvironment):
    description = (
        "Number of length-N sequences over M values with two equal adjacent entries, modulo a prime"
    )
    catalog_name = "SameAdjacencyCounting"

    def schedule(self, difficulty):
        return {"length_digits": 2 + difficulty // 2, "values_digits": 1 + difficulty // 3}

    def generate_instance(self, rng, sizes):
        length = number_with_digits(rng, sizes["length_digits"], smallest=2)
        values = number_with_digits(rng, sizes["values_digits"], smallest=2)
        if (length, values) == EXAMPLE:
            values += 1  # the prompt works this case out
        return {"length": length, "values": values, "modulus": choose_prime(rng)}

    def solve(self, instance):
        n, m, modulus = instance["length"], instance["values"], instance["modulus"]
        return (pow(m, n, modulus) - m * pow(m - 1, n - 1, modulus)) % modulus

    def render(self, instance):
        n, m = instance["length"], instance["values"]
        return (
            f"Consider all sequences a[1], a[2], ..., a[N] of length N = {n} in which every entry is "
            f"one of the M = {m} values 1, 2, ..., {m}. How many of these sequences have at least "
            "one position i (1 <= i < N) with a[i] = a[i + 1]?\n"
            "For example, with N = 3 and M = 2 the sequences 1 1 1, 1 1 2, 1 2 2, 2 1 1, 2 2 1 and "
            "2 2 2 qualify, so the count is 6.\n"
            f"{modulus_sentence(instance['modulus'])}\n"
            "Answer with a single integer."
        )
