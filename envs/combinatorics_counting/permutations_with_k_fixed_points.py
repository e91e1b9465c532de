"""Permutations with exactly M fixed points: count them, modulo a stated prime.

A fixed point of a permutation P is a position i with P[i] = i. Choosing which M positions are
fixed and deranging the other N - M gives C(N, M) * D(N - M), where the derangement numbers
satisfy D(m) = (m - 1) * (D(m - 1) + D(m - 2)).

Difficulty schedule (N is drawn uniformly from N_max // 3 .. N_max; M uniformly from 0 .. N - 2,
which excludes M = N - 1 (count 0) and M = N (count 1)):

    d       0   1   2   3   5    10   20   30   ...  d
    N_max  30  32  34  36   40   50   70   90   ...  30 + 2d

The instance is two numbers, so N is drawn from a wide range: with N fixed per level a level held
a dozen problems and one count (9, the derangements of 4) answered over a third of level 0.
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
        return {"max_length": 30 + 2 * difficulty}

    def generate_instance(self, rng, sizes):
        length = rng.randint(sizes["max_length"] // 3, sizes["max_length"])
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
