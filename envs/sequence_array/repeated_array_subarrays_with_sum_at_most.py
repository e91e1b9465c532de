"""RepeatedArraySubarraysWithSumAtMost: count the subarrays of an array written out M times
whose sum is at most K.

The solver sees an array A of N positive integers, a repeat count M and a bound K. B is A
written M times in a row (length N * M); the answer is the exact number of non-empty contiguous
subarrays of B whose sum is at most K. Only the exact count is correct.

All elements are positive, so from any start the sums grow with the length: the subarrays that
start at position s of B are those up to some longest length f(s), cut short by the end of B.
f depends only on s mod N: whole copies of A fit K // sum(A) times, and the rest of K is
filled from A read cyclically (a binary search over doubled prefix sums). The count is then
sum over s of min(f(s mod N), N * M - s), O(N * (M + log N)).

Elements are drawn from 1 .. N and K is the sum of a uniformly random subarray of B other than
B itself (at least max(A), so every single element fits): the count is then spread over all its
possible values instead of piling up where subarray sums are sparse (K drawn uniformly from a
range made "all subarrays but a few" the answer on 8% of level 0). A K that is a multiple of
sum(A) is redrawn (up to 20 times): every window of exactly N elements sums to sum(A), so such
K were drawn often and all gave the same count ("every subarray of at most N elements" was the
answer on 11% of level 1).

Difficulty schedule:

    d        0   1   2   3  ...  10  ...  20  ...  d
    N        6   7   8   9  ...  16  ...  26  ...  6 + d
    M        3   3   3   4  ...   6  ...   9  ...  3 + d // 3

More elements and more copies make B longer; the point is to use the repetition rather than
write out a B of over 200 elements at d = 20.
"""

from __future__ import annotations

from bisect import bisect_right

from rlve_gym import Environment
from rlve_gym.answers import parse_int
from rlve_gym.sequences import random_values, render_array


def count_small_sum_subarrays(values: list[int], copies: int, bound: int) -> int:
    n, total = len(values), sum(values)
    doubled = [0]
    for v in values + values:
        doubled.append(doubled[-1] + v)
    whole, rest = divmod(bound, total)
    length = n * copies
    count = 0
    for start in range(n):
        # elements after `start` (cyclically) that fit in the rest of the bound
        extra = bisect_right(doubled, doubled[start] + rest) - 1 - start
        longest = whole * n + extra
        count += sum(min(longest, length - c * n - start) for c in range(copies))
    return count


#: subarray draws before accepting a K that is a whole number of copies of A
REDRAWS = 20


class RepeatedArraySubarraysWithSumAtMost(Environment):
    description = "Number of subarrays of an array repeated M times whose sum is at most K"
    answer_kind = "single_int"
    answer_example = "-1"  # counts are never negative
    catalog_name = "BoundedSubarrayCounting"

    def schedule(self, difficulty):
        return {"length": 6 + difficulty, "copies": 3 + difficulty // 3}

    def generate_instance(self, rng, sizes):
        n, copies = sizes["length"], sizes["copies"]
        values = random_values(rng, n, 1, n)
        written_out = values * copies
        for _ in range(REDRAWS):
            left, right = sorted(rng.sample(range(len(written_out) + 1), 2))
            if (left, right) == (0, len(written_out)):  # never the whole of B
                right -= 1
            bound = max(max(values), sum(written_out[left:right]))
            if bound % sum(values):
                break
        return {"values": values, "copies": copies, "bound": bound}

    def solve(self, instance):
        return count_small_sum_subarrays(instance["values"], instance["copies"], instance["bound"])

    def render(self, instance):
        values, m, k = instance["values"], instance["copies"], instance["bound"]
        n = len(values)
        return (
            f"{render_array('A', values)}\n\n"
            f"Let B be A written M = {m} times in a row, an array of {n} * {m} = {n * m} "
            "elements (B[1..N] = A, B[N+1..2N] = A again, and so on). A subarray of B is a "
            "non-empty run of consecutive elements B[l], ..., B[r]; subarrays at different "
            "positions count separately even if their values are equal.\n"
            f"How many subarrays of B have a sum less than or equal to K = {k}? Answer with the "
            "count, a single integer. For example, for A = [2, 1], M = 2 and K = 3, "
            "B = [2, 1, 2, 1] and the answer is 7: the four single elements and the three "
            "pairs of neighbours."
        )

    def parse(self, text, instance):
        return parse_int(text, max_digits=15)
