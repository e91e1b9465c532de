"""Height sequences of mountain orders in which each mountain has fewer than its limit of taller ones before it.

Mountain i has height H[i] and limit C[i]; an order of all mountains is valid when every mountain
has fewer than its C strictly taller mountains before it. Count the distinct sequences of heights
that valid orders produce. Insert the mountains from tallest to shortest: when a group of equal
height h arrives, the P taller mountains are already in line, and each mountain of the group
picks how many of them stand before it (a slot 0..P); later, shorter mountains do not change
that. Equal heights are interchangeable, so a group contributes the multisets of slots it can
occupy; with the group's limits sorted increasingly, a non-decreasing slot list s_1 <= ... <= s_k
is feasible exactly when s_j <= C_j - 1 for every j (give the lowest slots to the tightest
limits). A prefix-sum DP counts those lists, and the groups multiply: O(N**2) modulo a prime.

Difficulty schedule (heights in 1..N; each limit lies between the limit met by a hidden order and
the number of taller mountains plus one, so a valid order exists; the count is asked modulo a
prime):

    d     0   1   2   3   5   10   20   30   ...
    N     8   9  10  11  13   18   28   38   ...  8 + d

N grows by one per level. It starts at 8: with 3 to 7 mountains a few small counts (3, 12, 30)
answered from a tenth to half of a level.
"""

from __future__ import annotations

from itertools import groupby

from rlve_gym.kernels.combinatorics import choose_prime
from rlve_gym.modular import ModularCountEnvironment, modulus_sentence

_ATTEMPTS = 20


def count_height_sequences(heights: list[int], limits: list[int], modulus: int) -> int:
    """Distinct height sequences of orders where mountain i has < limits[i] taller mountains before it."""
    mountains = sorted(zip(heights, limits, strict=True), key=lambda m: (-m[0], m[1]))
    total, taller = 1 % modulus, 0
    for _, group in groupby(mountains, key=lambda m: m[0]):
        caps = [min(taller, limit - 1) for _, limit in group]  # increasing, as limits are sorted
        if caps[0] < 0:
            return 0
        # ways[s]: non-decreasing slot lists for the members so far, ending at slot s
        ways = [1 if s <= caps[0] else 0 for s in range(taller + 1)]
        for cap in caps[1:]:
            running = 0
            for s in range(taller + 1):
                running = (running + ways[s]) % modulus
                ways[s] = running if s <= cap else 0
        total = total * (sum(ways) % modulus) % modulus
        taller += len(caps)
    return total


class TallerBeforeHeightSequences(ModularCountEnvironment):
    description = "Count distinct height sequences of orders where each item has fewer than C taller items before it"
    catalog_name = "LandformGenerationCounting"

    def schedule(self, difficulty):
        return {"mountains": 8 + difficulty}

    def generate_instance(self, rng, sizes):
        n = sizes["mountains"]
        modulus = choose_prime(rng)
        for _ in range(_ATTEMPTS):
            hidden = [rng.randint(1, n) for _ in range(n)]  # heights in a valid (hidden) order
            limits = []
            for i, h in enumerate(hidden):
                before = sum(1 for g in hidden[:i] if g > h)
                everywhere = sum(1 for g in hidden if g > h)
                limits.append(rng.randint(before + 1, everywhere + 1))
            order = list(range(n))
            rng.shuffle(order)
            heights, limits = [hidden[i] for i in order], [limits[i] for i in order]
            if count_height_sequences(heights, limits, modulus) > 1:
                break
        else:  # distinct heights with no limit at all: every one of the N! orders
            heights, limits = list(range(1, n + 1)), [n] * n
        return {"heights": heights, "limits": limits, "modulus": modulus}

    def solve(self, instance):
        return count_height_sequences(instance["heights"], instance["limits"], instance["modulus"])

    def render(self, instance):
        heights, limits = instance["heights"], instance["limits"]
        n = len(heights)
        rows = "\n".join(
            f"mountain {i + 1}: height {h}, limit {c}"
            for i, (h, c) in enumerate(zip(heights, limits, strict=True))
        )
        return (
            f"There are {n} mountains, each with a height and a limit:\n{rows}\n\n"
            "Line up all the mountains in some order. The order is valid when every mountain has fewer "
            "than its limit of strictly taller mountains anywhere before it in the line (a limit of 1 "
            "means no taller mountain may come before it).\n"
            "Each valid order gives the sequence of heights read along the line. How many distinct "
            "height sequences do the valid orders produce? (Orders that differ only by swapping "
            "mountains of equal height give the same sequence and count once.)\n"
            f"{modulus_sentence(instance['modulus'])}\n"
            "Answer with a single integer."
        )
