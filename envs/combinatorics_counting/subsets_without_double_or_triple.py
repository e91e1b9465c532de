"""Subsets of 1..N with no pair (x, 2x) and no pair (x, 3x): count them, modulo a prime.

Write every number as m * 2^a * 3^b with m coprime to 6. The forbidden pairs only link numbers
with the same m, and for a fixed m they are the neighbours (a, b)-(a + 1, b) and
(a, b)-(a, b + 1) of a staircase grid {(a, b) : 2^a 3^b <= N / m}. So the count is the product,
over m, of the numbers of independent sets of these staircases; the staircase depends only on
floor(N / m), and m with the same staircase are grouped. The staircase of N / m is one row on
top of the staircase of N / (2m), so a bottom-up row DP memoised on the shape's lower rows does
one row step per distinct shape suffix (a few dozen in all).

Difficulty schedule (N is drawn uniformly from ceil(N_max / 2) .. N_max):

    d       0   1    2    3    5     10     20     30    ...  d
    N_max   10  60  210  460  1260  5010  20010  45010   ...  10 + 50 d^2

The staircase is at most log3(N) + 1 cells wide, so even at d = 30 each grid DP has about a
thousand states per row. Counts pass the moduli from N = 40 or so.
"""

from __future__ import annotations

import numpy as np

from rlve_gym.kernels.combinatorics import choose_prime

from rlve_gym.modular import ModularCountEnvironment, modulus_sentence


def _coprime_to_six_up_to(x: int) -> int:
    return x - x // 2 - x // 3 + x // 6


def _staircase_widths(quotient: int) -> list[int]:
    """Row a lists the b with 2^a * 3^b <= quotient."""
    widths = []
    power_of_two = 1
    while power_of_two <= quotient:
        width, value = 0, power_of_two
        while value <= quotient:
            width += 1
            value *= 3
        widths.append(width)
        power_of_two *= 2
    return widths


def _ways_below_top_row(shape: tuple[int, ...], modulus: int, cache: dict) -> np.ndarray:
    """ways[m]: independent sets of the rows shape[1:] of a staircase, given that its top row
    (width shape[0]) holds the cells of mask m.

    The staircase of N / m is its top row on top of the staircase of N / (2m), so all the
    staircases of one N share their lower rows and each distinct (shape suffix) is one row step.
    """
    if shape in cache:
        return cache[shape]
    lower = _ways_below_top_row(shape[1:], modulus, cache)
    lower_width = len(lower).bit_length() - 1
    # subset sums: sums[c] = total of lower[m'] over the masks m' inside c
    sums = lower.copy()
    for bit in range(lower_width):
        view = sums.reshape(-1, 2, 1 << bit)
        view[:, 1, :] += view[:, 0, :]
        view[:, 1, :] %= modulus
    masks = np.arange(1 << shape[0], dtype=np.int64)
    no_neighbours = (masks & (masks >> 1)) == 0
    ways = np.where(no_neighbours, sums[~masks & ((1 << lower_width) - 1)], 0)
    cache[shape] = ways
    return ways


def count_subsets_without_double_or_triple(limit: int, modulus: int) -> int:
    # how many m coprime to 6 share each staircase shape (many quotients give the same shape)
    multiplicity: dict[tuple[int, ...], int] = {}
    low = 1
    while low <= limit:
        quotient = limit // low
        high = limit // quotient
        how_many = _coprime_to_six_up_to(high) - _coprime_to_six_up_to(low - 1)
        if how_many:
            shape = tuple(_staircase_widths(quotient))
            multiplicity[shape] = multiplicity.get(shape, 0) + how_many
        low = high + 1
    cache: dict[tuple[int, ...], np.ndarray] = {(): np.ones(1, dtype=np.int64)}
    total = 1
    for shape, how_many in multiplicity.items():
        independent_sets = int(_ways_below_top_row(shape, modulus, cache).sum() % modulus)
        total = total * pow(independent_sets, how_many, modulus) % modulus
    return total


class SubsetsWithoutDoubleOrTriple(ModularCountEnvironment):
    description = (
        "Number of subsets of 1..N containing no pair x, 2x and no pair x, 3x, modulo a prime"
    )
    catalog_name = "NoDoubleTripleCounting"

    def schedule(self, difficulty):
        return {"max_limit": 10 + 50 * difficulty * difficulty}

    def generate_instance(self, rng, sizes):
        largest = sizes["max_limit"]
        return {"limit": rng.randint((largest + 1) // 2, largest), "modulus": choose_prime(rng)}

    def solve(self, instance):
        return count_subsets_without_double_or_triple(instance["limit"], instance["modulus"])

    def render(self, instance):
        n = instance["limit"]
        return (
            f"Count the subsets S of {{1, 2, ..., {n}}} (N = {n}) such that for every x in S, "
            "neither 2x nor 3x is in S. The empty set counts.\n"
            "For example, for N = 3 the valid subsets are {}, {1}, {2}, {3} and {2, 3}, so the count "
            "is 5.\n"
            f"{modulus_sentence(instance['modulus'])}\n"
            "Answer with a single integer."
        )
