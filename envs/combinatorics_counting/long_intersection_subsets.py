"""Non-empty subsets of intervals whose common part is at least K long: count them.

The common part of a set of intervals [l, r] is [max l, min r], of length max(0, min r - max l).
Sort the intervals by left end (ties by position in the list) and charge every subset to its
last member in that order, which attains the largest left end l: the subset qualifies exactly
when every member has r >= l + K, so the subsets charged to an interval with r >= l + K number
2**(earlier intervals with r >= l + K). O(N**2) with exact integers.

Difficulty schedule (N intervals with integer ends in 0 .. 2N; K from 1 to a quarter of the
longest length; the generator redraws, a bounded number of times, until more than N subsets
qualify):

    d     0   1   2   3   5   10   20   30   ...
    N    14  15  16  17  19   24   34   44   ...  14 + d

N grows by one per level; the count is below 2**N, so it is asked exactly. Level 0 starts at
fourteen intervals: with a few intervals only a few of them qualify and the count is one of a
handful of small sums of powers of two (3, 7, ...) that a guess hits often.
"""

from __future__ import annotations

from rlve_gym import Environment
from rlve_gym.answers import parse_int

_ATTEMPTS = 20


def count_long_intersections(intervals: list[list[int]], min_length: int) -> int:
    """Non-empty subsets of ``intervals`` whose intersection has length at least ``min_length`` (>= 1)."""
    order = sorted(range(len(intervals)), key=lambda i: (intervals[i][0], i))
    total = 0
    for rank, i in enumerate(order):
        left, right = intervals[i]
        if right - left < min_length:
            continue
        partners = sum(1 for j in order[:rank] if intervals[j][1] >= left + min_length)
        total += 1 << partners
    return total


class IntervalSubsetsWithLongIntersection(Environment):
    description = (
        "Count non-empty subsets of intervals whose common intersection has length at least K"
    )
    answer_kind = "single_int"
    answer_example = "7"
    catalog_name = "BoundedIntervalIntersection"

    def schedule(self, difficulty):
        return {"intervals": 14 + difficulty}

    def generate_instance(self, rng, sizes):
        n = sizes["intervals"]
        span = 2 * n
        for _ in range(_ATTEMPTS):
            intervals = []
            for _ in range(n):
                left = rng.randint(0, span - 1)
                intervals.append([left, rng.randint(left, span)])
            longest = max(r - left for left, r in intervals)
            min_length = rng.randint(1, max(1, longest // 4))
            # a few qualifying intervals give one of the few counts 2**m - 1 or so: insist on
            # more subsets than intervals, which needs real overlap structure
            if count_long_intersections(intervals, min_length) > n:
                break
        else:  # nested intervals around the middle always give several subsets
            intervals = [[n - 1 - i % n, n + 1 + i % n] for i in range(n)]
            min_length = 2
        return {"intervals": intervals, "min_length": min_length}

    def solve(self, instance):
        return count_long_intersections(instance["intervals"], instance["min_length"])

    def render(self, instance):
        intervals, k = instance["intervals"], instance["min_length"]
        n = len(intervals)
        listing = "\n".join(
            f"I{i + 1} = [{left}, {right}]" for i, (left, right) in enumerate(intervals)
        )
        return (
            f"Here are {n} closed intervals of the number line:\n{listing}\n\n"
            "The length of an interval [l, r] is r - l. The intersection of a set of intervals is the "
            "part covered by all of them, [largest left end, smallest right end]; when the largest "
            "left end exceeds the smallest right end it is empty and its length counts as 0. For "
            "example [1, 5] and [3, 9] intersect in [3, 5], of length 2.\n\n"
            f"How many of the 2^{n} - 1 non-empty subsets of these intervals have an intersection of "
            f"length at least {k}? (A subset with one interval has that interval's own length.)\n"
            "Answer with a single integer (the exact count)."
        )

    def parse(self, text, instance):
        return parse_int(text, max_digits=len(instance["intervals"]) // 3 + 5)
