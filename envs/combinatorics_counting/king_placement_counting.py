"""Non-attacking kings: count the ways to place K kings on an H x W board, modulo a prime.

Two kings attack each other when their squares touch, including diagonally. The solver sweeps
the board row by row; a row is a bit mask with no two neighbouring bits, and two consecutive
rows are compatible when no bit of one is at, left of or right of a bit of the other. One row
step is a product with the 0/1 compatibility matrix, then a shift of the king count by the
number of kings in the new row.

Difficulty schedule (H is drawn from max(3, H_max / 2) .. H_max and W from max(3, W_max - 3) ..
W_max, so every level mixes many board shapes; K is drawn uniformly from 2 .. K_max - 1, where
K_max = ceil(H/2) * ceil(W/2) is the most kings that fit; K = K_max can have a single placement
and is excluded):

    d       0   1   2   3   4   5   6   10   20   21   30   ...  d
    H_max  10  10  11  11  12  12  13   15   20   20   25   ...  10 + d // 2
    W_max   6   6   6   7   7   7   8    9    9    9    9   ...  min(6 + d // 3, 9)

An instance is just the board shape, K and the prime, so a level needs many shapes to hold many
distinct problems; level 0 starts at boards up to 10 x 6 because the few shapes near 4 x 4 have
a handful of counts a guess hits often. The width (the DP state is a row mask, 89 of them at
W = 9) stops growing at 9 so that a step stays a small matrix product; the height keeps growing
by one row every two levels.
"""

from __future__ import annotations

import numpy as np

from rlve_gym.kernels.combinatorics import choose_prime, non_adjacent_masks
from rlve_gym.modular import ModularCountEnvironment, modulus_sentence

MAX_WIDTH = 9


def max_kings(height: int, width: int) -> int:
    return ((height + 1) // 2) * ((width + 1) // 2)


def count_king_placements(height: int, width: int, kings: int, modulus: int) -> int:
    """Placements of exactly ``kings`` non-attacking kings on a height x width board, mod ``modulus``."""
    masks = np.array(non_adjacent_masks(width), dtype=np.int64)
    compatible = (
        ((masks[:, None] & masks[None, :]) == 0)
        & ((masks[:, None] & (masks[None, :] << 1)) == 0)
        & ((masks[:, None] & (masks[None, :] >> 1)) == 0)
    ).astype(np.int64)
    kings_in_row = np.array([bin(int(m)).count("1") for m in masks])
    ways = np.zeros((len(masks), kings + 1), dtype=np.int64)
    ways[0, 0] = 1  # an empty row above the board
    for _ in range(height):
        reachable = (compatible.T @ ways) % modulus
        ways = np.zeros_like(ways)
        for index, count in enumerate(kings_in_row):
            if count <= kings:
                ways[index, count:] = reachable[index, : kings + 1 - count]
    return int(ways[:, kings].sum() % modulus)


class KingPlacementCounting(ModularCountEnvironment):
    description = (
        "Number of ways to place K mutually non-attacking kings on an H x W board, modulo a prime"
    )
    answer_example = "5"
    catalog_name = "RoyalLockCounting"

    def schedule(self, difficulty):
        return {
            "max_height": 10 + difficulty // 2,
            "max_width": min(6 + difficulty // 3, MAX_WIDTH),
        }

    def generate_instance(self, rng, sizes):
        height = rng.randint(max(3, sizes["max_height"] // 2), sizes["max_height"])
        width = rng.randint(max(3, sizes["max_width"] - 3), sizes["max_width"])
        return {
            "height": height,
            "width": width,
            "kings": rng.randint(2, max_kings(height, width) - 1),
            "modulus": choose_prime(rng),
        }

    def solve(self, instance):
        return count_king_placements(
            instance["height"], instance["width"], instance["kings"], instance["modulus"]
        )

    def render(self, instance):
        h, w, k = instance["height"], instance["width"], instance["kings"]
        return (
            f"A board has H = {h} rows and W = {w} columns of squares. Place exactly K = {k} kings on "
            "distinct squares so that no two kings attack each other: two kings attack each other "
            "when their squares share a side or a corner. Kings are identical, so a placement is just "
            "the set of occupied squares.\n"
            "For example, on a 2 x 2 board one king can be placed in 4 ways and two kings in 0 ways.\n"
            f"How many placements are there?\n"
            f"{modulus_sentence(instance['modulus'])}\n"
            "Answer with a single integer."
        )
