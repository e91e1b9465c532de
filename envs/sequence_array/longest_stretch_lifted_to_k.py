"""LongestStretchLiftedToK: the longest stretch of piles that moving single units between
neighbours can bring up to at least K each.

The solver sees N piles with non-negative integer heights and a level K. One move takes a unit
from a pile that is strictly higher than K and puts it on a pile next to it. The answer is the
largest length of a stretch of consecutive piles that some sequence of moves leaves with every
pile of the stretch at height >= K; only the exact length is correct.

A stretch can be lifted exactly when its total is at least K times its length (its mean is >= K):
units can be passed along inside the stretch until every pile has K, and units brought in from
outside never beat taking the giving piles into the stretch, because a pile that has given a unit
stays at K or above. So the answer is the longest subarray with sum(A[l..r] - K) >= 0: with
prefix sums P of A - K, the largest j - i with i < j and P[i] <= P[j], found by sorting the
prefix sums and sweeping them with the smallest index seen so far, O(N log N).

With heights drawn independently, the answer jumps from N to a handful as K passes the mean,
so a fixed guess wins often. Heights instead follow a rolling ground level (a random walk with
steps of -3 .. 3 inside 0 .. max_height) plus noise of -3 .. 3, so raising K shrinks the longest
liftable stretch gradually; K is then chosen through the answer: a target length is drawn
uniformly from 2 .. N - 1 and K is one of the levels (strictly between the lowest and highest
pile) whose answer is closest to it, never 1 or N when another answer is possible.

Difficulty schedule:

    d            0   1   2   3  ...  10  ...  20  ...  d
    piles       56  58  60  62  ...  76  ...  96  ...  56 + 2d
    max_height  40  41  42  43  ...  50  ...  60  ...  40 + d

Level 0 already has 56 piles: the answer is one of N - 2 lengths, and with 24 or 40 piles a
fixed length was right on up to 8% or 5.5% of the seeds. More piles mean more stretches to
weigh.
"""

from __future__ import annotations

from rlve_gym import Environment
from rlve_gym.answers import parse_int
from rlve_gym.sequences import render_array


def longest_liftable_stretch(heights: list[int], level: int) -> int:
    """Longest run of consecutive piles whose total is at least ``level`` times its length."""
    prefix = [0]
    for h in heights:
        prefix.append(prefix[-1] + h - level)
    best, first = 0, len(prefix)
    for index in sorted(range(len(prefix)), key=lambda i: (prefix[i], i)):
        first = min(first, index)  # smallest index whose prefix sum is <= this one
        best = max(best, index - first)
    return best


#: largest change of the ground level from one pile to the next, and of a pile around it
DRIFT, NOISE = 3, 3


class LongestStretchLiftedToK(Environment):
    description = (
        "Longest run of piles that passing units from piles above K to neighbours lifts to >= K"
    )
    answer_kind = "single_int"
    answer_example = "0"  # some pile is above K, so the answer is at least 1
    catalog_name = "KloBlocks"

    def schedule(self, difficulty):
        return {"piles": 56 + 2 * difficulty, "max_height": 40 + difficulty}

    def generate_instance(self, rng, sizes):
        n, top = sizes["piles"], sizes["max_height"]
        ground, heights = rng.randint(0, top), []
        for _ in range(n):
            ground = min(max(ground + rng.randint(-DRIFT, DRIFT), 0), top)
            heights.append(min(max(ground + rng.randint(-NOISE, NOISE), 0), top))
        if max(heights) - min(heights) < 2:  # K must fit strictly between the extremes
            heights[0], heights[-1] = 0, top
        by_answer: dict[int, list[int]] = {}
        for level in range(min(heights) + 1, max(heights)):
            by_answer.setdefault(longest_liftable_stretch(heights, level), []).append(level)
        inner = [a for a in by_answer if 1 < a < n] or list(by_answer)
        target = rng.randint(2, n - 1)
        answer = min(inner, key=lambda a: (abs(a - target), a))
        return {"heights": heights, "level": rng.choice(by_answer[answer])}

    def solve(self, instance):
        return longest_liftable_stretch(instance["heights"], instance["level"])

    def render(self, instance):
        heights, k = instance["heights"], instance["level"]
        return (
            f"There are {len(heights)} piles of blocks in a row; their heights are\n"
            f"{render_array('H', heights)}\n\n"
            f"Let K = {k}. One move takes one block from a pile whose height is greater than K "
            "and puts it on a neighbouring pile (the pile just left or just right of it). You may "
            "make any number of moves.\n"
            "What is the largest number of consecutive piles that can all have height at least K "
            "at the same time after some sequence of moves? Answer with that length, a single "
            "integer. For example, for H = [1, 5, 0, 1] and K = 2 the answer is 3: moving one "
            "block from pile 2 to pile 1 and two blocks from pile 2 to pile 3 gives heights "
            "2, 2, 2, 1, while all four piles hold only 7 blocks, fewer than 4 * K."
        )

    def parse(self, text, instance):
        return parse_int(text, max_digits=8)
