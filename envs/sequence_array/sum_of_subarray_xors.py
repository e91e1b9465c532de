"""SumOfSubarrayXors: the sum, over all contiguous subarrays, of the bitwise XOR of their elements.

The solver sees an array A of N non-negative integers and answers with
sum over 1 <= l <= r <= N of (A[l] XOR A[l+1] XOR ... XOR A[r]), an ordinary integer sum of
N(N+1)/2 XOR values. The answer is one integer; only the exact value is correct.

The reference works bit by bit on prefix XORs: the XOR of A[l..r] has bit b set exactly when the
prefix XORs P[l-1] and P[r] differ in bit b, so bit b contributes 2^b times (prefixes with bit b
set) x (prefixes without it). That is O(N * B) for B-bit values, where listing the subarrays is
O(N^2).

Difficulty schedule (array length N, values in [0, 2^B - 1]):

    d      0   1   2   3   4  ...  10  ...  20  ...  d
    N      6   7   8   9  10  ...  16  ...  26  ...  6 + d
    B      7   7   7   7   8  ...   9  ...  12  ...  7 + d // 4

The answer is a sum over bits of 2^b x (a product k(N + 1 - k) that takes only about N/2
values, the middle ones most often), so few bits would make a handful of totals likely: with 7
bits and 6 elements the most likely total has probability well under 1%. Level 0 has 21
subarrays of values below 128; one more element per level (quadratically more subarrays) and a
bit more every four levels make the by-hand sum longer.
"""

from __future__ import annotations

from rlve_gym import Environment
from rlve_gym.answers import parse_int
from rlve_gym.sequences import random_values, render_array


def subarray_xor_sum(values: list[int]) -> int:
    """Sum of XORs of all subarrays, from counts of prefix XORs with each bit set."""
    prefixes = [0]
    for v in values:
        prefixes.append(prefixes[-1] ^ v)
    total = 0
    for bit in range(max(prefixes).bit_length()):
        ones = sum((p >> bit) & 1 for p in prefixes)
        total += (ones * (len(prefixes) - ones)) << bit
    return total


class SumOfSubarrayXors(Environment):
    description = "The sum over all contiguous subarrays of the XOR of their elements"
    answer_kind = "single_int"
    answer_example = "-5"
    catalog_name = "SubarrayXorSum"

    def schedule(self, difficulty):
        return {"length": 6 + difficulty, "bits": 7 + difficulty // 4}

    def generate_instance(self, rng, sizes):
        return {"values": random_values(rng, sizes["length"], 0, (1 << sizes["bits"]) - 1)}

    def solve(self, instance):
        return subarray_xor_sum(instance["values"])

    def render(self, instance):
        values = instance["values"]
        return (
            f"{render_array('A', values)}\n\n"
            "For every contiguous subarray A[l..r] (1 <= l <= r <= "
            f"{len(values)}), compute the bitwise XOR A[l] XOR A[l+1] XOR ... XOR A[r] (a "
            "subarray of one element has its element as XOR). Add up these XOR values over all "
            f"{len(values) * (len(values) + 1) // 2} subarrays (ordinary integer addition).\n"
            "Answer with the total, a single integer. For example, for A = [1, 2] the subarrays "
            "[1], [2], [1, 2] have XORs 1, 2, 3, so the answer would be 6."
        )

    def parse(self, text, instance):
        return parse_int(text, max_digits=30)
