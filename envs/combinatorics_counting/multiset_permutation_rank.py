"""Distinct rearrangements of a sequence that come before it in lexicographic order: count them.

Rearrangements that differ only by swapping equal entries are the same. Walk along the sequence:
at position i, every smaller value v still available could stand there instead, followed by any
arrangement of the rest, which gives (r - 1)! * c[v] / prod(c[u]!) rearrangements (r entries
remain, c counts what is left). Summing over the smaller values and moving on is O(N * V) modular
multiplications with a factorial table (the prime is far above N, so every factorial inverts).

Difficulty schedule (N entries drawn from 1..M, M uniform in 2..N; the count is asked modulo a
prime; a draw with at most one smaller rearrangement is redrawn a bounded number of times, then
replaced by 2 ... 2 1):

    d     0   1   2   3   5   10   20   30   ...
    N     8  10  12  14  18   28   48   68   ...  8 + 2d

N grows by two per level; the number of rearrangements passes 10**9 near N = 13. N starts at 8:
with 4 entries almost a third of the level-0 draws had the answer 2 (a sequence with two
distinct values and one of them once), so a remembered number answered many problems.
"""

from __future__ import annotations

from collections import Counter

from rlve_gym.kernels.combinatorics import FactorialTable, choose_prime
from rlve_gym.modular import ModularCountEnvironment, modulus_sentence

_ATTEMPTS = 10


def count_smaller_rearrangements(sequence: list[int], modulus: int) -> int:
    """Distinct rearrangements of ``sequence`` lexicographically smaller than it, modulo a prime > len."""
    n = len(sequence)
    table = FactorialTable(n, modulus)
    remaining = Counter(sequence)
    inverse_product = 1  # 1 / prod(c[u]!) over what remains
    for count in remaining.values():
        inverse_product = inverse_product * table.inv_fact[count] % modulus
    total = 0
    for i, entry in enumerate(sequence):
        left = n - i
        smaller = sum(c for v, c in remaining.items() if v < entry)
        total += table.fact[left - 1] * smaller % modulus * inverse_product
        # place the entry: prod(c!) loses a factor c[entry]
        inverse_product = inverse_product * remaining[entry] % modulus
        remaining[entry] -= 1
    return total % modulus


class MultisetPermutationRank(ModularCountEnvironment):
    description = "Count distinct rearrangements of a sequence that are lexicographically smaller, modulo a prime"
    catalog_name = "CantorExpansion"

    def schedule(self, difficulty):
        return {"length": 8 + 2 * difficulty}

    def generate_instance(self, rng, sizes):
        n = sizes["length"]
        largest = rng.randint(2, n)
        modulus = choose_prime(rng)
        for _ in range(_ATTEMPTS):
            sequence = [rng.randint(1, largest) for _ in range(n)]
            if count_smaller_rearrangements(sequence, modulus) > 1:
                break
        else:  # 2 ... 2 1 is the largest of its N rearrangements: N - 1 >= 2 come before it
            sequence = [2] * (n - 1) + [1]
        return {"sequence": sequence, "modulus": modulus}

    def solve(self, instance):
        return count_smaller_rearrangements(instance["sequence"], instance["modulus"])

    def render(self, instance):
        sequence = instance["sequence"]
        return (
            f"Here is a sequence of {len(sequence)} integers:\n{' '.join(map(str, sequence))}\n\n"
            "Count the distinct rearrangements of this sequence (orderings of the same entries) that "
            "are lexicographically smaller than it: at the first position where the two differ, the "
            "rearrangement has the smaller entry. Rearrangements that differ only by exchanging "
            "equal entries count once; for example 2 1 1 has exactly two smaller rearrangements, "
            "1 1 2 and 1 2 1.\n"
            f"{modulus_sentence(instance['modulus'])}\n"
            "Answer with a single integer."
        )
