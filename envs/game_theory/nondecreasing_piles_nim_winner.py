"""NondecreasingPilesNimWinner: who wins Nim on piles that must stay in non-decreasing order.

Piles a_1 <= a_2 <= ... <= a_n of stones stand in a row. Alice and Bob alternate, Alice first; a
move removes one or more stones from a single pile, and afterwards the piles must still be in
non-decreasing order. A player who cannot move (every pile is empty) loses. The answer is the
winner under optimal play, Alice or Bob.

Solution: write g_1 = a_1 and g_i = a_i - a_(i-1). Taking x stones from pile i lowers g_i by x
(at most g_i, to keep the order) and raises g_(i+1) by x, or removes them for good when i = n: a
staircase Nim whose exit lies after the last gap. Alice wins exactly when the XOR of
g_n, g_(n-2), g_(n-4), ... is non-zero; the tests check this against a full game-tree search.

Instances draw the gaps at random and then reset one gap of the counted class, so that the XOR
is zero (Bob wins) or non-zero (Alice wins) by a fair coin.

Difficulty schedule:

    d          0   1   2   3  ...  10  ...  20  ...  d
    piles      4   5   6   7  ...  14  ...  24  ...  4 + d
    max_gap    8  10  12  14  ...  28  ...  48  ...  8 + 2 d

Level 0 has 4 piles: fewer leave a game small enough to read off. More piles and larger gaps mean
longer XORs over gaps that first have to be recovered from the pile sizes.
"""

from __future__ import annotations

from rlve_gym import Environment
from rlve_gym.games import PLAYERS, WinnerQuestion


def first_player_wins(piles: list[int]) -> bool:
    """Staircase-Nim rule: XOR of the gaps at even distance from the last pile is non-zero."""
    total = 0
    for i in range(len(piles) - 1, -1, -2):
        total ^= piles[i] - (piles[i - 1] if i > 0 else 0)
    return total != 0


class NondecreasingPilesNimWinner(WinnerQuestion, Environment):
    description = "Winner of Nim on piles that must stay in non-decreasing order"
    catalog_name = "DeltaNimGame"

    def schedule(self, difficulty):
        return {"piles": 4 + difficulty, "max_gap": 8 + 2 * difficulty}

    def generate_instance(self, rng, sizes):
        n, max_gap = sizes["piles"], sizes["max_gap"]
        gaps = [rng.randint(0, max_gap) for _ in range(n)]
        gaps[0] = max(gaps[0], 1)  # no empty piles, for a tidier statement
        counted = list(range(n - 1, -1, -2))
        fixed = rng.choice(counted)
        others = 0
        for i in counted:
            if i != fixed:
                others ^= gaps[i]
        if rng.random() < 0.5:  # Bob wins: the XOR must vanish
            gaps[fixed] = others
        else:  # Alice wins: any value other than the cancelling one
            gaps[fixed] = rng.choice([g for g in range(1, max_gap + 1) if g != others])
        if gaps[0] == 0:  # the fix emptied the first pile: shift the whole row up by one
            gaps[0] = 1
            if n > 2 and 0 in counted:  # keep the XOR of the counted class unchanged
                partner = next(i for i in counted if i != 0)
                gaps[partner] ^= 1
        piles, height = [], 0
        for gap in gaps:
            height += gap
            piles.append(height)
        return {"piles": piles}

    def solve(self, instance):
        return PLAYERS[0] if first_player_wins(instance["piles"]) else PLAYERS[1]

    def render(self, instance):
        piles = instance["piles"]
        return (
            f"There are {len(piles)} piles of stones in a row, with sizes (from the first pile to "
            f"the last) {' '.join(map(str, piles))}. The sizes are in non-decreasing order.\n\n"
            "Alice and Bob take turns, Alice first. On a turn, the player removes one or more "
            "stones from a single pile, with one restriction: after the move, every pile must "
            "still have at least as many stones as the pile before it (the sizes stay in "
            "non-decreasing order). A player who cannot make a move loses.\n"
            "For example, from piles 2 5 5 a player may move to 2 3 5 or 1 5 5, but not to "
            "2 1 5 or 2 5 4.\n\n"
            "Both players play optimally. Who wins? Answer with the name only: Alice or Bob."
        )
