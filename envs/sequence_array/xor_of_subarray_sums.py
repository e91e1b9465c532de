"""XorOfSubarraySums: the bitwise XOR of the sums of all contiguous subarrays of an array.

The solver sees an array A of N positive integers and answers with
(A[1]) XOR (A[1] + A[2]) XOR ... - the bitwise XOR, over all 1 <= l <= r <= N, of the ordinary
sum A[l] + ... + A[r]. The answer is one integer; only the exact value is correct.

The reference takes prefix sums P[0..N] and XORs P[r] - P[l - 1] over all N(N+1)/2 pairs,
O(N^2) additions (a few thousand at level 100).

Difficulty schedule (array length N, values in [1, V]):

    d      0    1    2    3  ...  10  ...  20  ...  d
    N      6    7    8    9  ...  16  ...  26  ...  6 + d
    V     30   40   50   60  ...  130 ...  230 ...  30 + 10d

Level 0 already has 21 subarray sums of up to three digits, whose XOR is spread over about 256
values (a constant guess is right well under 5% of the time); one more element per level
(quadratically more sums to combine) and larger values (more bits per sum) make it longer by hand.
"""

from __future__ import annotations

from itertools import accumulate

from rlve_gym import Environment
from rlve_gym.answers import parse_int
from rlve_gym.sequences import random_values, render_array


def subarray_sum_xor(values: list[int]) -> int:
    """XOR of ``P[r] - P[l]`` over all prefix-sum pairs ``l < r``."""
    prefixes = [0, *accumulate(values)]
    result = 0
    for r in range(1, len(prefixes)):
        right = prefixes[r]
        for left in prefixes[:r]:
            result ^= right - left
    return result


class XorOfSubarraySums(Environment):
    description = "The bitwise XOR of the sums of all contiguous subarrays"
    answer_kind = "single_int"
    answer_example = "-5"
    catalog_name = "SubarraySumXor"

    def schedule(self, difficulty):
        return {"length": 6 + difficulty, "max_value": 30 + 10 * difficulty}

    def generate_instance(self, rng, sizes):
        return {"values": random_values(rng, sizes["length"], 1, sizes["max_value"])}

    def solve(self, instance):
        return subarray_sum_xor(instance["values"])

    def render(self, instance):
        values = instance["values"]
        n = len(values)
        return (
            f"{render_array('A', values)}\n\n"
            f"For every contiguous subarray A[l..r] (1 <= l <= r <= {n}) take its sum "
            f"A[l] + A[l+1] + ... + A[r]. Combine all {n * (n + 1) // 2} of these sums with "
            "bitwise XOR (exclusive or of their binary representations).\n"
            "Answer with the resulting integer. For example, for A = [1, 2] the subarray sums "
            "are 1, 2 and 3, and 1 XOR 2 XOR 3 = 0, so the answer would be 0."
        )

    def parse(self, text, instance):
        return parse_int(text, max_digits=30)
