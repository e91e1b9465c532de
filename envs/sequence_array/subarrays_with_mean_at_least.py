"""SubarraysWithMeanAtLeast: count the contiguous subarrays whose mean is at least K.

The solver sees an array of N non-negative integers and an integer K, and answers with the exact
number of non-empty contiguous subarrays A[l..r] whose mean (sum divided by length) is >= K;
only the exact count is correct. Subtracting K from every element turns "mean >= K" into
"sum >= 0", that is prefix[r] >= prefix[l - 1] for the prefix sums of the shifted array: the
count is the number of pairs i < j with prefix[i] <= prefix[j], all pairs minus the strict
inversions, O(N log N) by merge sort.

Elements are drawn from 0 .. N and K among the integers strictly between the smallest and the
largest element for which 20% to 80% of all subarrays qualify (any K between the extremes if
none does): a K near an extreme makes the count almost 0 or almost all subarrays, and such
counts were guessed blindly on up to a tenth of the seeds. Counting for every candidate K costs
O(N^2 log N) at generation, a few milliseconds at d = 20.

Difficulty schedule:

    d          0   1   2   3  ...  10  ...  20  ...  d
    length    16  18  20  22  ...  36  ...  56  ...  16 + 2d
    max_value 16  18  20  22  ...  36  ...  56  ...  16 + 2d

Level 0 has 16 elements (136 subarrays): with 12 or 14 the count takes few enough values that
a common one was right on 6% of the seeds. More elements mean quadratically more subarrays
to classify.
"""

from __future__ import annotations

from math import comb

from rlve_gym import Environment, Verdict
from rlve_gym.answers import parse_int
from rlve_gym.sequences import count_inversions, random_values, render_array


def count_mean_at_least(values: list[int], threshold: int) -> int:
    prefix = [0]
    for v in values:
        prefix.append(prefix[-1] + v - threshold)
    return comb(len(prefix), 2) - count_inversions(prefix)


#: K is drawn among the values that leave this share of the subarrays qualifying
BAND = (0.2, 0.8)


class SubarraysWithMeanAtLeast(Environment):
    description = "Number of contiguous subarrays whose mean is at least K"
    answer_kind = "single_int"
    answer_example = "-1"  # counts are never negative
    catalog_name = "BoundedMeanSubarrayCounting"

    def schedule(self, difficulty):
        return {"length": 16 + 2 * difficulty, "max_value": 16 + 2 * difficulty}

    def generate_instance(self, rng, sizes):
        values = random_values(rng, sizes["length"], 0, sizes["max_value"])
        if max(values) - min(values) < 2:  # K must fit strictly between the extremes
            values[0], values[-1] = 0, sizes["max_value"]
        subarrays = comb(len(values) + 1, 2)
        candidates = range(min(values) + 1, max(values))
        balanced = [
            k
            for k in candidates
            if BAND[0] * subarrays <= count_mean_at_least(values, k) <= BAND[1] * subarrays
        ]
        threshold = rng.choice(balanced or list(candidates))
        return {"values": values, "threshold": threshold}

    def solve(self, instance):
        return count_mean_at_least(instance["values"], instance["threshold"])

    def render(self, instance):
        values, k = instance["values"], instance["threshold"]
        return (
            f"{render_array('A', values)}\n\n"
            "A subarray is a non-empty run of consecutive elements A[l], A[l+1], ..., A[r] with "
            f"1 <= l <= r <= {len(values)}; its mean is its sum divided by its length r - l + 1. "
            "Subarrays at different positions count separately, even if their values are equal.\n"
            f"How many subarrays have a mean greater than or equal to K = {k}? "
            "Answer with the count, a single integer. For example, for A = [1, 4, 2] and K = 3 "
            "the answer is 2: the subarrays [4] and [4, 2], with means 4 and 3."
        )

    def parse(self, text, instance):
        return parse_int(text, max_digits=12)

    def check(self, instance, answer, reference):
        if answer == reference:
            return Verdict.right()
        return Verdict.wrong("not the number of subarrays with mean at least K")
