"""Arrays splittable into blocks whose minimum equals their length: count the arrays of length N
with entries from a set S that have such a split, modulo a prime.

A split, when one exists, is unique: the first block must be the prefix whose length L equals
its minimum, and the prefix minimum does not increase with L while L increases, so at most one
L works; then repeat on the rest. So arrays are counted through their unique split:
f(i) = sum over the last block length L in S of f(i - L) * (c_L^L - (c_L - 1)^L), where c_L is
the number of elements of S that are >= L (a block of length L takes values >= L with at least
one equal to L).

Difficulty schedule (S is a random subset of 1..N with at least two elements; a set whose count
is 0 or 1 is redrawn a few times, then 1 and 2 are added):

    d     0   1   2   3   5   10   20   30   ...  d
    N    11  13  15  17  21   31   51   71   ...  11 + 2 d

The DP is O(N^2); N grows by two per level so the hand computation gets steadily longer. N
starts at 11: below that a level holds too few distinct sets and counts (at N = 3 more than half
of the draws had the count 8), so one remembered number answered much of a level.
"""

from __future__ import annotations

from rlve_gym.kernels.combinatorics import choose_prime
from rlve_gym.modular import ModularCountEnvironment, modulus_sentence

ATTEMPTS = 8


def count_min_length_block_arrays(length: int, values: list[int], modulus: int) -> int:
    allowed = set(values)
    at_least = [sum(v >= size for v in values) for size in range(length + 1)]
    block_ways = [0] * (length + 1)
    for size in range(1, length + 1):
        if size in allowed:
            c = at_least[size]
            block_ways[size] = (pow(c, size, modulus) - pow(c - 1, size, modulus)) % modulus
    ways = [1] + [0] * length
    for end in range(1, length + 1):
        ways[end] = sum(ways[end - size] * block_ways[size] for size in range(1, end + 1)) % modulus
    return ways[length]


class MinLengthBlockArrayCounting(ModularCountEnvironment):
    description = "Number of arrays over a set S that split into blocks whose minimum equals their length, modulo a prime"
    catalog_name = "SegmentMinLengthEqual_Counting"

    def schedule(self, difficulty):
        return {"length": 11 + 2 * difficulty}

    def generate_instance(self, rng, sizes):
        n = sizes["length"]
        modulus = choose_prime(rng)
        for _ in range(ATTEMPTS):
            values = sorted(rng.sample(range(1, n + 1), rng.randint(2, n)))
            if count_min_length_block_arrays(n, values, modulus) > 1:
                break
        else:
            values = sorted(set(values) | {1, 2})
        return {"length": n, "values": values, "modulus": modulus}

    def solve(self, instance):
        return count_min_length_block_arrays(
            instance["length"], instance["values"], instance["modulus"]
        )

    def render(self, instance):
        n = instance["length"]
        s = ", ".join(map(str, instance["values"]))
        return (
            f"Consider arrays a[1], a[2], ..., a[N] of length N = {n} whose every entry belongs to the "
            f"set S = {{{s}}}. Call an array valid if it can be cut into consecutive non-empty blocks "
            "(each entry in exactly one block) so that in every block the minimum entry equals the "
            "number of entries in that block.\n"
            "For example, for N = 2 and S = {1, 2} the valid arrays are [1, 1] (blocks [1] and [1]) "
            "and [2, 2] (one block), while [1, 2] and [2, 1] are not valid, so the count is 2.\n"
            "How many valid arrays are there?\n"
            f"{modulus_sentence(instance['modulus'])}\n"
            "Answer with a single integer."
        )
