"""LexicographicallyLargestSubsequence: the lexicographically largest subsequence of a given length.

The solver sees an array A of N integers and a length K, and answers with the K values of the
subsequence of length K (elements taken in their original order, any K positions) that is largest
in lexicographic order: compared at the first place where two sequences differ, the one with the
larger value there is larger. That sequence of values is unique even when several choices of
positions produce it, so exactly it is correct; there is no partial credit. The reference is the
linear greedy with a stack: an element evicts smaller elements before it as long as enough
elements remain to still reach length K.

Values are drawn from 1..N (repeats common), and K is drawn between N/3 and 2N/3, so the answer
is neither the sorted top K nor simply the longest tail.

Difficulty schedule:

    d          0   1   2   3  ...  10  ...  20  ...  d
    length    10  12  14  16  ...  30  ...  50  ...  10 + 2d
    max       10  12  14  16  ...  30  ...  50  ...  = length

Level 0 has 10 elements, enough that the answer is not read off at a glance; two more elements a
level lengthen the scan and the answer. The greedy is linear, so every level generates instantly.
"""

from __future__ import annotations

from rlve_gym import Environment
from rlve_gym.answers import parse_int_list
from rlve_gym.sequences import random_values, render_array


def largest_subsequence(values: list[int], length: int) -> list[int]:
    """The lexicographically largest subsequence of ``values`` with ``length`` elements."""
    kept: list[int] = []
    n = len(values)
    for i, v in enumerate(values):
        # drop a smaller kept element while the rest of the array can still refill to ``length``
        while kept and kept[-1] < v and len(kept) - 1 + (n - i) >= length:
            kept.pop()
        if len(kept) < length:
            kept.append(v)
    return kept


class LexicographicallyLargestSubsequence(Environment):
    description = "The values of the lexicographically largest subsequence of length K"
    answer_kind = "int_list"
    answer_example = "0 0"
    catalog_name = "MaximumLexicographicalOrderSubsequence"

    def schedule(self, difficulty):
        length = 10 + 2 * difficulty
        return {"length": length, "max_value": length}

    def generate_instance(self, rng, sizes):
        n = sizes["length"]
        return {
            "values": random_values(rng, n, 1, sizes["max_value"]),
            "k": rng.randint(n // 3, 2 * n // 3),
        }

    def solve(self, instance):
        return largest_subsequence(instance["values"], instance["k"])

    def render(self, instance):
        values, k = instance["values"], instance["k"]
        return (
            f"{render_array('A', values)}\n\n"
            f"A subsequence of length {k} is obtained by choosing {k} positions "
            f"i_1 < i_2 < ... < i_{k} and reading A[i_1], A[i_2], ..., A[i_{k}] in that order. "
            "Two sequences of the same length are compared lexicographically: at the first place "
            "where they differ, the one with the larger value there is the larger sequence.\n"
            f"Find the lexicographically largest subsequence of A of length {k}. Answer with its "
            f"{k} values in order, separated by spaces (for example, for A = [2, 5, 1, 3] and "
            "length 2 the answer is 5 3)."
        )

    def parse(self, text, instance):
        return parse_int_list(text, length=instance["k"], max_digits=6)
