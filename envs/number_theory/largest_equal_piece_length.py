"""LargestEqualPieceLength: the largest L with floor(A_1/L) + ... + floor(A_n/L) >= K.

Cut ropes of lengths A_i into pieces of the same integer length L (leftovers are discarded);
find the longest L that still yields at least K pieces. The piece count is non-increasing in L,
so the reference binary-searches L in [1, max A].

Difficulty schedule (n ropes with lengths in [1, max_length]; K is the piece count of a hidden
length L0 >= 2, minus up to a quarter, so the answer is at least L0):

    d            0     1     2     3     5     10     20      d
    ropes        9    10    11    12    14     19     29    9 + d
    max_length  980  1280  1620  2000  2880  5780  14580   20 * (d + 7)^2

Level 0 starts at nine ropes up to 980 long: with three ropes up to 20 the answer was 2 on a
fifth of the seeds. The prompt's example 1 is never the answer (the answer is at least 2).
"""

from __future__ import annotations

from rlve_gym import Environment


def pieces(lengths: list[int], piece: int) -> int:
    return sum(a // piece for a in lengths)


def largest_piece_length(lengths: list[int], wanted: int) -> int:
    """max{L >= 1 : pieces(lengths, L) >= wanted}, or 0 if even L = 1 is too long."""
    low, high = 0, max(lengths)
    while low < high:
        mid = (low + high + 1) // 2
        if pieces(lengths, mid) >= wanted:
            low = mid
        else:
            high = mid - 1
    return low


class LargestEqualPieceLength(Environment):
    description = "Largest integer L with sum of floor(A_i / L) >= K"
    answer_kind = "single_int"
    answer_example = "1"
    catalog_name = "MaximumDivisor"

    def schedule(self, difficulty):
        return {"ropes": 9 + difficulty, "max_length": 20 * (difficulty + 7) ** 2}

    def generate_instance(self, rng, sizes):
        lengths = [rng.randint(1, sizes["max_length"]) for _ in range(sizes["ropes"])]
        lengths[0] = max(lengths[0], 4)
        # a hidden length L0 >= 2 gives at least 2 pieces; asking for (a few fewer than) its piece
        # count makes the answer at least L0
        hidden = rng.randint(2, max(2, max(lengths) // 2))
        available = pieces(lengths, hidden)
        wanted = max(2, available - rng.randint(0, available // 4))
        return {"lengths": lengths, "wanted": wanted}

    def solve(self, instance):
        return largest_piece_length(instance["lengths"], instance["wanted"])

    def render(self, instance):
        lengths, k = instance["lengths"], instance["wanted"]
        return (
            f"You have {len(lengths)} ropes of integer lengths {', '.join(map(str, lengths))}. You cut them "
            "into pieces that all have the same positive integer length L (a rope of length A gives "
            "floor(A / L) pieces; leftovers are discarded). What is the largest L for which you get at "
            f"least {k} pieces in total?\nAnswer with L only, e.g. 1."
        )
