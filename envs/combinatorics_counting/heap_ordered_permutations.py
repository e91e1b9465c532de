"""Heap-ordered permutations: count permutations of 1..N that form a min-heap, modulo a prime.

Position i (1-based) of the array has parent floor(i / 2); the permutation is a heap when every
entry is larger than its parent's. The root holds 1, and the other N - 1 values are shared
between the two subtrees in any way, each side again forming a heap:
H(node) = C(size - 1, size(left)) * H(left) * H(right). Subtree sizes of the complete binary
tree are read off the array layout, so the solver is O(N).

Difficulty schedule (N, the permutation length, is drawn uniformly from
ceil(N_max / 2) .. N_max):

    d        0    1    2    3    5    10    20    30   ...  d
    N_max  160  166  172  178  190   220   280   340   ...  160 + 6d

An instance is just N and the prime, so a level needs a wide range of N to hold many distinct
problems: level 0 draws N from 80 .. 160, where every count is far past the moduli and the
recursive split over subtree sizes is the only way to the answer.
"""

from __future__ import annotations

from rlve_gym.kernels.combinatorics import FactorialTable, choose_prime
from rlve_gym.modular import ModularCountEnvironment, modulus_sentence


def heap_count(length: int, table: FactorialTable) -> int:
    """Number of min-heap orderings of 1..length, modulo ``table.mod``."""
    modulus = table.mod
    size = [0] * (2 * length + 2)
    ways = [1] * (2 * length + 2)
    for node in range(length, 0, -1):
        left, right = 2 * node, 2 * node + 1
        size[node] = 1 + size[left] + size[right]
        ways[node] = (
            table.binomial(size[node] - 1, size[left])
            * ways[left]
            % modulus
            * ways[right]
            % modulus
        )
    return ways[1] if length >= 1 else 1


class HeapOrderedPermutations(ModularCountEnvironment):
    description = "Number of permutations of 1..N that form a min-heap, modulo a prime"
    catalog_name = "HeapCounting"

    def schedule(self, difficulty):
        return {"max_length": 160 + 6 * difficulty}

    def generate_instance(self, rng, sizes):
        longest = sizes["max_length"]
        return {
            "length": rng.randint(max(4, (longest + 1) // 2), longest),
            "modulus": choose_prime(rng),
        }

    def solve(self, instance):
        return heap_count(
            instance["length"], FactorialTable(instance["length"], instance["modulus"])
        )

    def render(self, instance):
        n = instance["length"]
        return (
            f"Count the permutations P[1], P[2], ..., P[N] of the numbers 1, 2, ..., N (N = {n}) such "
            "that P[i] > P[floor(i / 2)] for every position i from 2 to N (that is, the array is a "
            "binary min-heap: every entry is larger than the entry at its parent position "
            "floor(i / 2)).\n"
            "For example, for N = 3 the valid permutations are 1 2 3 and 1 3 2, so the count is 2.\n"
            f"{modulus_sentence(instance['modulus'])}\n"
            "Answer with a single integer."
        )
