"""EvenSplitHeapGameWinner: who wins the game of splitting large heaps into near-equal parts.

A threshold F and some heaps of stones are given. Alice and Bob alternate, Alice first; a move
picks a heap with at least F stones and an integer m >= 2 (at most the heap's size) and splits
that heap into m heaps whose sizes differ by at most one (so x stones become x mod m heaps of
ceil(x / m) stones and the rest of floor(x / m) stones). A player who cannot move loses. The
answer is the winner under optimal play, Alice or Bob.

Solution: heaps are independent games, so a position is the XOR of heap Grundy values. G(x) = 0
for x < F, and otherwise G(x) is the mex over m of the XOR of the parts, where only the parity of
the number of parts of each size matters. Direct evaluation costs O(max_size^2). The tests check
this against a full game-tree search over multisets of heaps.

Instances draw heaps at random; when the outcome disagrees with a fair coin, one heap is resized
to a size whose Grundy value fixes the XOR (a few attempts, then a pair of equal heaps for Bob or
one heap with a non-zero value for Alice).

Difficulty schedule:

    d          0   1   2   3  ...  10  ...  20  ...  d
    heaps      3   3   3   4  ...   6  ...   9  ...  3 + d // 3
    max_size  15  20  25  30  ...  65  ... 115  ...  15 + 5 d

Level 0 already has heaps up to 15 (and F drawn from 2 to a third of that): smaller heaps have
few splits and mostly Grundy values 0 and 1. Larger heaps need Grundy values of ever more sizes.
"""

from __future__ import annotations

from rlve_gym import Environment
from rlve_gym.games import PLAYERS, WinnerQuestion


def heap_grundy_values(threshold: int, max_size: int) -> list[int]:
    """G(x) for x = 0..max_size."""
    grundy = [0] * (max_size + 1)
    for x in range(max(threshold, 2), max_size + 1):
        reachable = set()
        for parts in range(2, x + 1):
            small, big_count = divmod(x, parts)
            value = grundy[small + 1] if big_count % 2 else 0
            if (parts - big_count) % 2:
                value ^= grundy[small]
            reachable.add(value)
        value = 0
        while value in reachable:
            value += 1
        grundy[x] = value
    return grundy


class EvenSplitHeapGameWinner(WinnerQuestion, Environment):
    description = "Winner of a game that splits a heap of at least F stones into near-equal parts"
    catalog_name = "StoneGame"

    def schedule(self, difficulty):
        return {"heaps": 3 + difficulty // 3, "max_size": 15 + 5 * difficulty}

    def generate_instance(self, rng, sizes):
        max_size = sizes["max_size"]
        threshold = rng.randint(2, max(2, max_size // 3))
        grundy = heap_grundy_values(threshold, max_size)
        alice_wins = rng.random() < 0.5
        for _ in range(20):
            heaps = [rng.randint(1, max_size) for _ in range(sizes["heaps"])]
            value = 0
            for h in heaps:
                value ^= grundy[h]
            if (value != 0) == alice_wins:
                break
            spot = rng.randrange(len(heaps))
            rest = value ^ grundy[heaps[spot]]
            sizes_ok = [
                x for x in range(1, max_size + 1) if ((grundy[x] ^ rest) != 0) == alice_wins
            ]
            if sizes_ok:
                heaps[spot] = rng.choice(sizes_ok)
                break
        else:
            live = [x for x in range(1, max_size + 1) if grundy[x]]
            if alice_wins:
                heaps = [rng.choice(live)]
            else:
                size = rng.randint(threshold, max_size)
                heaps = [size, size]
        return {"threshold": threshold, "heaps": heaps}

    def solve(self, instance):
        heaps = instance["heaps"]
        grundy = heap_grundy_values(instance["threshold"], max(heaps))
        value = 0
        for h in heaps:
            value ^= grundy[h]
        return PLAYERS[0] if value else PLAYERS[1]

    def render(self, instance):
        heaps, threshold = instance["heaps"], instance["threshold"]
        return (
            f"There are {len(heaps)} heaps of stones with sizes {' '.join(map(str, heaps))}, and "
            f"a threshold F = {threshold}.\n\n"
            "Alice and Bob take turns, Alice first. On a turn, the player chooses one heap with "
            "at least F stones, say x stones, and an integer m with 2 <= m <= x, and splits that "
            "heap into m heaps whose sizes differ by at most 1 (that is, x mod m heaps of "
            "ceil(x / m) stones and the other heaps of floor(x / m) stones). A player who cannot "
            "make a move loses.\n"
            "For example, with F = 3 a heap of 7 stones can become 4 3 (m = 2), 3 2 2 (m = 3), "
            "2 2 2 1 (m = 4), and so on up to seven heaps of 1.\n\n"
            "Both players play optimally. Who wins? Answer with the name only: Alice or Bob."
        )
