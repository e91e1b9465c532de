"""MinXorPopcountAfterAdding: the minimum of popcount(n XOR (n + d)) over all n >= 0, for a
given d written in binary.

Adding d to n bit by bit from the lowest, with carry c into bit i: the sum bit is
n_i XOR d_i XOR c, so bit i of n XOR (n + d) is d_i XOR c whatever n_i is. The choice of n_i
only matters for the next carry: when d_i = c the carry out is forced to c, otherwise it can be
chosen freely. A two-state DP over the bits of d (and one bit above, to absorb the final carry)
gives the minimum in O(bits).

Difficulty schedule (d has exactly `bits` binary digits, the leading one set):

    d      0   1   2   3   5   10  20         d
    bits  10  12  14  16  20   30  50   10 + 2d

d is built from a random number of alternating runs of ones and zeros (the top run is ones)
with random cut points: the minimum follows the run structure, so uniform random bits would put
most answers on two or three values (70% on one value at 4 bits). A power of two gives the
trivial minimum 1; then the lowest bit is set (at least two ones, so the minimum is at least 2).
"""

from __future__ import annotations

from rlve_gym import Environment

_INFINITY = 1 << 30


def min_xor_popcount_after_adding(d: int) -> int:
    """min over n >= 0 of popcount(n ^ (n + d)), for d >= 0."""
    best = [0, _INFINITY]  # best[c]: fewest differing bits so far, given carry c into this bit
    for i in range(d.bit_length() + 1):
        bit = d >> i & 1
        nxt = [_INFINITY, _INFINITY]
        for carry in (0, 1):
            cost = best[carry] + (bit ^ carry)
            if bit == carry:
                nxt[carry] = min(nxt[carry], cost)
            else:  # n_i decides the carry out
                nxt[0] = min(nxt[0], cost)
                nxt[1] = min(nxt[1], cost)
        best = nxt
    return best[0]


class MinXorPopcountAfterAdding(Environment):
    description = "Minimum popcount of n XOR (n + d) over all n >= 0, for a binary d"
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
        return {"d_binary": format(d, "b")}

    def solve(self, instance):
        return min_xor_popcount_after_adding(int(instance["d_binary"], 2))

    def render(self, instance):
        d_binary = instance["d_binary"]
        return (
            "popcount(x) is the number of ones in the binary representation of a non-negative "
            "integer x (popcount(5) = 2, since 5 is 101 in binary), and XOR is the bitwise "
            "exclusive or.\n"
            f"The integer d is given in binary: d = {d_binary} (base 2).\n"
            "Find the minimum value of popcount(n XOR (n + d)) over all integers n >= 0.\n"
            "Answer with that minimum as a decimal integer, e.g. 6."
        )
