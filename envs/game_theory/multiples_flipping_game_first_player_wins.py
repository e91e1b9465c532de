"""MultiplesFlippingGameFirstPlayerWins: does the first player win the multiples-flipping game?

Cells 1..n each show white or black. Alice and Bob alternate, Alice first; a move picks a white
cell x and an integer k >= 1 with k * x <= n, and flips the colours of cells x, 2x, ..., kx (so x
itself turns black). A player who cannot move (no white cell left) loses. The answer is Yes when
Alice wins under optimal play and No otherwise.

Solution: by the coin-turning principle a position is the XOR of the Grundy values of its white
cells, where G(x) = mex over k of G(2x) XOR ... XOR G(kx) (the empty XOR, k = 1, included, so
G(x) >= 1). Computing G from n down to 1 over the multiples takes O(n log n). The tests check the
rule against a full game-tree search over colourings.

Instances draw a random set of white cells and then flip a few cells (found by elimination over
the Grundy values) so that the XOR is zero (No) or non-zero (Yes) by a fair coin.

Difficulty schedule:

    d          0   1   2   3  ...  10  ...   20  ...  d
    cells     14  17  21  25  ...  69  ...  174  ...  14 + 3d + d^2 // 4
    max_white  6   6   7   7  ...  11  ...   16  ...  6 + d // 2

Level 0 has 14 cells: the Grundy values of cells above n / 2 are all 1, so small boards hold few
distinct values and few distinct positions. The board grows quadratically, so the multiples of each white cell
(and the Grundy values they need) keep multiplying, while the white cells grow slowly to keep
the prompt short.
"""

from __future__ import annotations

from rlve_gym import Environment, Verdict
from rlve_gym.answers import parse_choice
from rlve_gym.sequences import xor_subset

ANSWERS = ("Yes", "No")


def cell_grundy_values(n: int) -> list[int]:
    """G(x) for x = 0..n (index 0 unused), computed from n down to 1 over the multiples of x."""
    grundy = [0] * (n + 1)
    for x in range(n, 0, -1):
        reachable = {0}  # k = 1: flip x alone
        running = 0
        for multiple in range(2 * x, n + 1, x):
            running ^= grundy[multiple]
            reachable.add(running)
        value = 1
        while value in reachable:
            value += 1
        grundy[x] = value
    return grundy


def white_cells_value(n: int, white: list[int]) -> int:
    grundy = cell_grundy_values(n)
    total = 0
    for x in white:
        total ^= grundy[x]
    return total


class MultiplesFlippingGameFirstPlayerWins(Environment):
    description = (
        "Decide (Yes/No) whether the first player wins a game that flips a white cell and its "
        "multiples"
    )
    answer_kind = "yes_no"
    answer_example = "No"
    binary_outcome = True
    catalog_name = "MultipleFlippingGame"

    def schedule(self, difficulty):
        return {
            "cells": 14 + 3 * difficulty + difficulty * difficulty // 4,
            "max_white": 6 + difficulty // 2,
        }

    def generate_instance(self, rng, sizes):
        n = sizes["cells"]
        grundy = cell_grundy_values(n)
        white = set(rng.sample(range(1, n + 1), rng.randint(1, sizes["max_white"])))
        value = 0
        for x in white:
            value ^= grundy[x]
        first_wins = rng.random() < 0.5
        if first_wins and value == 0:
            white ^= {rng.randint(1, n)}  # every Grundy value is >= 1
        elif not first_wins and value != 0:
            cells = list(range(1, n + 1))
            white ^= {cells[i] for i in xor_subset([grundy[x] for x in cells], value) or []}
        if not white:  # a losing position that is not simply an empty board
            x = rng.randint(n // 2 + 1, n - 1)
            white = {x, x + 1}  # cells above n / 2 all have Grundy value 1
        return {"cells": n, "white": sorted(white)}

    def solve(self, instance):
        return ANSWERS[0] if white_cells_value(instance["cells"], instance["white"]) else ANSWERS[1]

    def render(self, instance):
        n, white = instance["cells"], instance["white"]
        return (
            f"There are {n} cells in a row, numbered 1 to {n}. Each cell is white or black. The "
            f"white cells are: {' '.join(map(str, white))}; all other cells are black.\n\n"
            "Alice and Bob take turns, Alice first. On a turn, the player chooses a white cell x "
            "and an integer k >= 1 with k * x <= " + str(n) + ", and flips the colour of each of "
            "the cells x, 2x, 3x, ..., kx (white becomes black, black becomes white). A player "
            "who cannot make a move (because no cell is white) loses.\n"
            "For example, with 10 cells of which only cell 3 is white, a player may choose x = 3 "
            "and k = 2, which makes cell 3 black and cell 6 white.\n\n"
            "Both players play optimally. Does Alice (the first player) win? Answer Yes or No."
        )

    def parse(self, text, instance):
        return parse_choice(text, ANSWERS)

    def check(self, instance, answer, reference):
        if answer == reference:
            return Verdict.right()
        return Verdict.wrong(f"{answer} is not the outcome under optimal play")

    def near_misses(self, problem):
        return [a for a in ANSWERS if a != problem.answer] + ["Yes and No"]
