"""Permutations with exactly M fixed points: count them, modulo a stated prime.

A fixed point of a permutation P is a position i with P[i] = i. Choosing which M positions are
fixed and deranging the other N - M gives C(N, M) * D(N - M), where the derangement numbers
satisfy D(m) = (m - 1) * (D(m - 1) + D(m - 2)).

Difficulty schedule (N is the permutation length; M is drawn uniformly from 0 .. N - 2, which
excludes M = N - 1 (count 0) and M = N (count 1)):

    d     0   1   2   3   5    10   20   30   ...  d
    N     4   6   8  10   14   24   44   64   ...  4 + 2d

Linear growth keeps the tables O(N); counts pass the moduli around N = 13, from where the
remainder, not the size of the number, is what must be computed.
"""

from __future__ import annotations

from rlve_gym.kernels.combinatorics import FactorialTable, choose_prime, derangement_numbers

from rlve_gym.modular import ModularCountEnvironment, modulus_sentence


class PermutationsWithKFixedPoints(ModularCountEnvironment):
    description = "Number of permutations of 1..N with exactly M fixed points, modulo a prime"
    catalog_name = "DerangementExtension"

    def schedule(self, difficulty):
        return {"length": 4 + 2 * difficulty}

    def generate_instance(self, rng, sizes):
        length = sizes["length"]
        return {
            "length": length,
            "fixed_points": rng.randint(0, length - 2),
            "modulus": choose_prime(rng),
        }

    def solve(self, instance):
        n, m, modulus = instance["length"], instance["fixed_points"], instance["modulus"]
        table = FactorialTable(n, modulus)
        return table.binomial(n, m) * derangement_numbers(n - m, modulus)[n - m] % modulus

    def render(self, instance):
        n, m = instance["length"], instance["fixed_points"]
        return (
            "A fixed point of a permutation P[1], P[2], ..., P[N] is a position i with P[i] = i. "
            "For example, the permutation 1 3 2 4 has exactly 2 fixed points (positions 1 and 4).\n\n"
            f"How many permutations of 1, 2, ..., {n} (N = {n}) have exactly M = {m} fixed points?\n"
            f"{modulus_sentence(instance['modulus'])}\n"
            "Answer with a single integer."
        )
