"""Distinct 0/1 arrays reachable by moving every entry of a given one by at most D places.

A new array B is obtained from A by a permutation P with |i - P[i]| <= D and B[i] = A[P[i]].
B is reachable exactly when it has as many 0s as A and, matching the k-th 0 of B with the k-th 0
of A (and likewise for the 1s), every matched pair is at most D apart: an exchange argument turns
any valid permutation into this order-preserving one without moving anything farther. So a DP
over positions of B, keeping how many 0s have been placed, counts the reachable arrays: O(N**2)
with exact integers (the count is at most C(N, zeros)).

Difficulty schedule (A has between N // 4 and N - N // 4 ones; D is drawn from 2 .. N // 3):

    d     0   1   2   3   5   10   20   30   ...
    N    12  14  16  18  22   32   52   72   ...  12 + 2d

N grows by two per level; counts stay below 2**N, so they are asked exactly. Level 0 starts at
twelve entries, with a balanced mix and D >= 2: shorter arrays, lopsided ones or D = 1 give a
few small counts (Fibonacci-like runs) that a guess hits often.
"""

from __future__ import annotations

from rlve_gym import Environment
from rlve_gym.answers import parse_int


def count_reachable_arrays(bits: list[int], max_shift: int) -> int:
    """Distinct arrays B[i] = bits[P[i]] over permutations P with |i - P[i]| <= max_shift."""
    zeros = [i for i, b in enumerate(bits) if b == 0]
    ones = [i for i, b in enumerate(bits) if b == 1]
    # ways[z]: prefixes of B of the current length holding z zeros, all matches within reach
    ways = [1] + [0] * len(zeros)
    for position in range(len(bits)):
        following = [0] * (len(zeros) + 1)
        for placed_zeros, count in enumerate(ways):
            if not count:
                continue
            placed_ones = position - placed_zeros
            if placed_zeros < len(zeros) and abs(zeros[placed_zeros] - position) <= max_shift:
                following[placed_zeros + 1] += count
            if 0 <= placed_ones < len(ones) and abs(ones[placed_ones] - position) <= max_shift:
                following[placed_zeros] += count
        ways = following
    return ways[len(zeros)]


class BoundedDisplacementBinaryArrays(Environment):
    description = (
        "Count distinct 0/1 arrays obtainable by permutations that move each entry at most D places"
    )
    answer_kind = "single_int"
    answer_example = "9"
    catalog_name = "TransmissionDelay"

    def schedule(self, difficulty):
        return {"length": 12 + 2 * difficulty}

    def generate_instance(self, rng, sizes):
        n = sizes["length"]
        ones = rng.randint(n // 4, n - n // 4)
        positions = set(rng.sample(range(n), ones))
        return {
            "bits": [1 if i in positions else 0 for i in range(n)],
            "max_shift": rng.randint(2, max(2, n // 3)),
        }

    def solve(self, instance):
        return count_reachable_arrays(instance["bits"], instance["max_shift"])

    def render(self, instance):
        bits, d = instance["bits"], instance["max_shift"]
        n = len(bits)
        return (
            f"You are given a 0/1 array A of length {n} (positions 1 to {n}):\n"
            f"A = {' '.join(map(str, bits))}\n\n"
            f"Choose a permutation P of 1, 2, ..., {n} with |i - P[i]| <= {d} for every i, and build "
            "the array B with B[i] = A[P[i]] (every entry of A moves at most "
            f"{d} places). How many distinct arrays B can be obtained this way? (Different "
            "permutations giving the same B count once; B = A itself is included.)\n"
            "Answer with a single integer (the exact count)."
        )

    def parse(self, text, instance):
        return parse_int(text, max_digits=len(instance["bits"]) // 3 + 5)
