"""LongestNonDecreasingAfterSubsequenceReversal: reverse the values along one chosen subsequence so
that the longest non-decreasing subsequence becomes as long as possible.

A sequence A of N positive integers is given. The solver may choose positions i1 < i2 < ... < ik
and reverse the values standing at them (the value at i1 goes to ik, the one at i2 to i(k-1),
and so on; the other positions keep their values), once. It reports the largest possible length
of a longest non-decreasing subsequence of the resulting sequence: a single integer, compared
exactly.

The reference solver is the interval dynamic programme best[l][r][lo][hi] (the longest
non-decreasing subsequence of A[l..r] using values in [lo, hi], after reversing a subsequence
inside A[l..r]): shrink the value range, take A[l] as the smallest value or A[r] as the largest,
or swap A[l] and A[r] - the outermost pair of the reversed subsequence - so that A[r] comes first
as the smallest and A[l] last as the largest. Values are compressed to their V distinct ranks and
the table is kept for three segment lengths at a time: O(N^2 V^2) time, O(N V^2) memory,
compiled with Numba.

The answer is one number, so it must not be guessable: the generator draws a target uniformly
from a window of 90 values and aims the sequence length at it (a sorted array of random values
with a random share of its positions shuffled; the value range and the share are drawn once, and
the length is rescaled by target / answer after each try, within [target, 2 target + 10]; from
the fourth try on an answer one off the target is kept, from the seventh two off, and after 12
tries the last one is kept), which spreads the answers evenly over the window.

Difficulty schedule (target drawn from [min_target, min_target + 149]; N is about 1 to 2 times
the target; values drawn from [1, V] with V drawn from [2, max_value]):

    d             0   1   2   3  ...  10  ...  20  ...  40  ...  d
    min_target    6   7   8   9  ...  16  ...  26  ...  46  ...  6 + d
    max_value     8   8   8   8  ...   9  ...  10  ...  12  ...  min(8 + d // 10, 12)

Level 0 targets answers from 6 to 155: a window that wide is what keeps the most common answer
of 200 seeds under a few percent (with 90 values, chance alone put one answer at 5%). Higher
levels shift the window up (longer sequences); the value range stops at 12 so that the solver
stays fast at d = 100 (N up to about 500).
"""

from __future__ import annotations

import numpy as np
from numba import njit

from rlve_gym import Environment
from rlve_gym.answers import parse_int

#: width of the window the target answer is drawn from
TARGET_WINDOW = 150
#: tries at aiming the length at the target before keeping the last sequence
TRIES = 12


@njit(cache=True)
def _longest_after_reversal(ranks, v):  # pragma: no cover - compiled
    n = ranks.shape[0]
    two_shorter = np.zeros((n + 1, v, v), dtype=np.int32)  # segments of length - 2
    one_shorter = np.zeros((n + 1, v, v), dtype=np.int32)  # segments of length - 1
    current = np.zeros((n + 1, v, v), dtype=np.int32)
    for length in range(1, n + 1):
        for left in range(n - length + 1):
            right = left + length - 1
            first, last = ranks[left], ranks[right]
            for span in range(1, v + 1):
                for lo in range(v - span + 1):
                    hi = lo + span - 1
                    if length == 1:
                        current[left, lo, hi] = 1 if lo <= first <= hi else 0
                        continue
                    best = 0
                    if span > 1:
                        best = max(current[left, lo + 1, hi], current[left, lo, hi - 1])
                    take_first = one_shorter[left + 1, lo, hi] + (1 if first == lo else 0)
                    take_last = one_shorter[left, lo, hi] + (1 if last == hi else 0)
                    inner = two_shorter[left + 1, lo, hi] if length >= 3 else 0
                    swapped = inner + (1 if last == lo else 0) + (1 if first == hi else 0)
                    current[left, lo, hi] = max(best, take_first, take_last, swapped)
        two_shorter, one_shorter, current = one_shorter, current, two_shorter
    return one_shorter[0, 0, v - 1]


def longest_after_reversal(values: list[int]) -> int:
    """Largest longest-non-decreasing-subsequence length after reversing one subsequence."""
    if not values:
        return 0
    distinct = sorted(set(values))
    rank = {x: i for i, x in enumerate(distinct)}
    ranks = np.array([rank[x] for x in values], dtype=np.int64)
    return int(_longest_after_reversal(ranks, len(distinct)))


def partly_shuffled(rng, n: int, top: int, share: float) -> list[int]:
    """A sorted array of ``n`` values from [1, top] with ``share`` of its positions shuffled."""
    values = sorted(rng.randint(1, top) for _ in range(n))
    positions = rng.sample(range(n), round(n * share))
    moved = [values[p] for p in positions]
    rng.shuffle(moved)
    for p, x in zip(positions, moved):
        values[p] = x
    return values


class LongestNonDecreasingAfterSubsequenceReversal(Environment):
    description = "Longest non-decreasing subsequence length after reversing one chosen subsequence"
    answer_kind = "single_int"
    answer_example = "1"
    catalog_name = "SubsequenceReversalLNDS"

    def schedule(self, difficulty):
        return {"min_target": 6 + difficulty, "max_value": min(8 + difficulty // 10, 12)}

    def generate_instance(self, rng, sizes):
        target = rng.randint(sizes["min_target"], sizes["min_target"] + TARGET_WINDOW - 1)
        top, share = rng.randint(2, sizes["max_value"]), rng.random()
        n = round(1.5 * target)
        for attempt in range(TRIES):
            values = partly_shuffled(rng, n, top, share)
            answer = longest_after_reversal(values)
            if abs(answer - target) <= attempt // 3:  # a little slack after a few misses
                break
            n = round(n * target / answer) + rng.randint(-1, 1)
            n = max(target, min(2 * target + 10, n))
        return {"values": values}

    def solve(self, instance):
        return longest_after_reversal(instance["values"])

    def render(self, instance):
        values = instance["values"]
        n = len(values)
        return (
            f"A sequence A of {n} integers (positions 1 to {n}): {' '.join(map(str, values))}\n\n"
            "You may do the following once: choose positions i1 < i2 < ... < ik (any k >= 1) "
            "and reverse the values standing at them - the value at i1 moves to ik, the value "
            "at i2 moves to i(k-1), and so on, while every other position keeps its value. "
            "Then look at the longest non-decreasing subsequence of the new sequence (values "
            "taken at increasing positions, each at least the previous one, not necessarily "
            "adjacent). Choose the positions so that this length is as large as possible.\n"
            "Answer with that largest possible length, a single integer (for example, for "
            "A = 3 2 1 the answer would be 3: reversing the values at positions 1, 2 and 3 gives "
            "1 2 3)."
        )

    def parse(self, text, instance):
        return parse_int(text, max_digits=6)
