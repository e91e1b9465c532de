"""MinXorPopcountAfterAdding: the minimum weighted popcount of n XOR (n + d) over all n >= 0,
for a given d written in binary and a weight for every bit position.

Adding d to n bit by bit from the lowest, with carry c into bit i: the sum bit is
n_i XOR d_i XOR c, so bit i of n XOR (n + d) is d_i XOR c whatever n_i is. The choice of n_i
only matters for the next carry: when d_i = c the carry out is forced to c, otherwise it can be
chosen freely. A two-state DP over the bits of d (and one bit above, to absorb the final carry)
gives the minimum in O(bits); a carry past that bit only adds positive weight.

The weights (1..99 per position) are what make this a problem with a spread-out answer: with
unit weights (the plain popcount) the minimum is about the number of runs of d, a handful of
small values (4 was right on a third of the level-0 seeds, and the example 6 on a quarter of
level 1).

Difficulty schedule (d has exactly `bits` binary digits, the leading one set):

    d      0   1   2   3   5   10  20         d
    bits  10  12  14  16  20   30  50   10 + 2d

d is built from a random number of alternating runs of ones and zeros (the top run is ones)
with random cut points, so long runs (where carrying through pays) and short ones both occur.
A power of two gets its lowest bit set.
"""

from __future__ import annotations

from rlve_gym import Environment

_INFINITY = 1 << 62
MAX_WEIGHT = 99
#: weight of every position above the listed ones (never part of an optimal n XOR (n + d))
HIGH_WEIGHT = 100


def min_weighted_xor_after_adding(d: int, weights: list[int]) -> int:
    """min over n >= 0 of the sum of weights[i] over the one bits i of n ^ (n + d).

    ``weights`` are positive and cover positions 0..d.bit_length(); higher positions are never
    needed by a minimum.
    """
    best = [0, _INFINITY]  # best[c]: least weight so far, given carry c into this bit
    for i in range(d.bit_length() + 1):
        bit = d >> i & 1
        nxt = [_INFINITY, _INFINITY]
        for carry in (0, 1):
            cost = best[carry] + weights[i] * (bit ^ carry)
            if bit == carry:
                nxt[carry] = min(nxt[carry], cost)
            else:  # n_i decides the carry out
                nxt[0] = min(nxt[0], cost)
                nxt[1] = min(nxt[1], cost)
        best = nxt
    return best[0]


def min_xor_popcount_after_adding(d: int) -> int:
    """min over n >= 0 of popcount(n ^ (n + d)), for d >= 0 (every weight 1)."""
    return min_weighted_xor_after_adding(d, [1] * (d.bit_length() + 1))


class MinXorPopcountAfterAdding(Environment):
    description = "Minimum weighted popcount of n XOR (n + d) over all n >= 0, for a binary d"
    answer_kind = "single_int"
    answer_example = "6"
    catalog_name = "DeltaMinPopcount"

    def schedule(self, difficulty):
        return {"bits": 10 + 2 * difficulty}

    def generate_instance(self, rng, sizes):
        bits = sizes["bits"]
        runs = rng.randint(2, bits - 1)
        edges = [0, *sorted(rng.sample(range(1, bits), runs - 1)), bits]
        digits = "".join("10"[r % 2] * (edges[r + 1] - edges[r]) for r in range(runs))
        d = int(digits, 2)
        if d & (d - 1) == 0:
            d |= 1
        weights = [rng.randint(1, MAX_WEIGHT) for _ in range(bits + 1)]
        return {"d_binary": format(d, "b"), "weights": weights}

    def solve(self, instance):
        return min_weighted_xor_after_adding(int(instance["d_binary"], 2), instance["weights"])

    def render(self, instance):
        d_binary, weights = instance["d_binary"], instance["weights"]
        top = len(weights) - 1
        listing = ", ".join(f"w_{i} = {w}" for i, w in enumerate(weights))
        return (
            "Number the bits of a non-negative integer from 0 (the lowest). Bit position i has "
            f"a weight w_i: {listing}, and every position above {top} has weight {HIGH_WEIGHT}. "
            "The weight W(x) of a non-negative integer x is the sum of w_i over the positions i "
            "where x has a one bit (for example W(5) = w_0 + w_2, since 5 is 101 in binary). XOR "
            "is the bitwise exclusive or.\n"
            f"The integer d is given in binary: d = {d_binary} (base 2).\n"
            "Find the minimum value of W(n XOR (n + d)) over all integers n >= 0.\n"
            "Answer with that minimum as a decimal integer, e.g. 6."
        )
