"""SmallerRunLengthSum: add up, over every element, how far the run of strictly smaller elements
directly to its right reaches.

For an array A of N positive integers, R(i) is the number of positions j > i such that every
element from position i + 1 up to position j is strictly smaller than A[i]: the run stops at the
first element that is greater than or equal to A[i] (or at the end of the array). The answer is the
single integer R(1) + R(2) + ... + R(N). Exactly that integer is correct; there is no partial credit.
The array is a concatenation of random blocks (lengths 1 to N/2), each with values from its own
random sub-range of 1..N, and sorted decreasingly (40%), increasingly (20%) or left shuffled: long
decreasing stretches make long runs, so the sum spreads widely instead of clustering around the
mean of a uniform array (where one constant would be right on a tenth of the instances). Equal
elements, which stop a run, are common, so the strictness of "smaller" matters. A monotonic stack
gives every run end (the next element >= A[i]) in O(N).

Difficulty schedule:

    d          0   1   2   3  ...  10  ...  20  ...  d
    length    24  26  28  30  ...  44  ...  64  ...  24 + 2d
    max       24  26  28  30  ...  44  ...  64  ...  = length

Level 0 already has 24 elements: with 20 the most common sum is still right on 4-6% of the
instances, too often for a blind guess. Every level adds two elements, that is two more runs to
trace by hand; the stack solver is linear, so any level generates in well under a millisecond.
"""

from __future__ import annotations

from rlve_gym import Environment
from rlve_gym.answers import parse_int
from rlve_gym.sequences import random_values, render_array


def next_greater_or_equal(values: list[int]) -> list[int]:
    """0-based index of the first later element >= values[i], or len(values) if there is none."""
    n = len(values)
    stop = [n] * n
    waiting: list[
        int
    ] = []  # indices whose stopper is not found yet; their values strictly decrease
    for j, v in enumerate(values):
        while waiting and values[waiting[-1]] <= v:
            stop[waiting.pop()] = j
        waiting.append(j)
    return stop


class SmallerRunLengthSum(Environment):
    description = (
        "Sum over all elements of the length of the strictly smaller run directly to their right"
    )
    answer_kind = "single_int"
    answer_example = "-7"
    catalog_name = "MonotonicStack"

    def schedule(self, difficulty):
        length = 24 + 2 * difficulty
        return {"length": length, "max_value": length}

    def generate_instance(self, rng, sizes):
        n, top = sizes["length"], sizes["max_value"]
        values: list[int] = []
        while len(values) < n:
            low = rng.randint(1, top)
            block = random_values(
                rng, min(n - len(values), rng.randint(1, n // 2)), low, rng.randint(low, top)
            )
            shape = rng.random()
            if shape < 0.4:
                block.sort(reverse=True)
            elif shape < 0.6:
                block.sort()
            values += block
        return {"values": values}

    def solve(self, instance):
        stop = next_greater_or_equal(instance["values"])
        return sum(s - i - 1 for i, s in enumerate(stop))

    def render(self, instance):
        values = instance["values"]
        return (
            f"{render_array('A', values)}\n\n"
            "For each position i, let R(i) be the number of positions j > i such that every element "
            "A[i+1], A[i+2], ..., A[j] is strictly smaller than A[i]. In other words, walk right "
            "from position i and count the elements you pass until you meet an element that is "
            "greater than or equal to A[i] (that element is not counted) or reach the end of A. "
            "For example, for A = [3, 1, 2, 3, 5] the values are R(1) = 2, R(2) = 0, R(3) = 0, "
            "R(4) = 0, R(5) = 0.\n"
            f"Compute R(1) + R(2) + ... + R({len(values)}) and answer with that single integer."
        )

    def parse(self, text, instance):
        return parse_int(text, max_digits=12)
