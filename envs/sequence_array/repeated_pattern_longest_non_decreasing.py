"""RepeatedPatternLongestNonDecreasing: the longest non-decreasing subsequence of a short pattern
written out many times.

The solver sees a pattern A of n positive integers and a repeat count T, and answers with the
length of the longest non-decreasing subsequence of the sequence B = A A ... A (A written T times
in a row, n * T elements). Exactly that integer is correct; there is no partial credit. T is far
larger than n, so B is too long to scan; the structure is what helps: once T exceeds n, every
further copy of A adds exactly the count of the most frequent value of A (an optimal subsequence
climbs through at most n distinct values, so all but n copies contribute only a run of one repeated
value). The reference computes the answer for min(T, n) copies by patience sorting and adds
(T - n) * (largest value count) when T > n; O(n^2 log n).

Difficulty schedule (values are uniform in 1..n; T is uniform in n .. max_repeats):

    d              0    1    2    3  ...   10  ...   20  ...  d
    n              5    5    6    6  ...   10  ...   15  ...  5 + d // 2
    max_repeats   40   55   70   85  ...  190  ...  340  ...  40 + 15d

Level 0 already repeats a 5-element pattern up to 40 times (up to 200 elements): the answer
spreads over dozens of values (with at most 20 repeats one constant was right on 5% of the
instances). Longer patterns make the part before the repeated value longer to work out; more
repeats keep the answer from being read off by writing B out.
"""

from __future__ import annotations

from collections import Counter

from rlve_gym import Environment
from rlve_gym.answers import parse_int
from rlve_gym.sequences import lis_ending_lengths, random_values, render_array


def longest_non_decreasing_of_repeats(pattern: list[int], repeats: int) -> int:
    copies = min(repeats, len(pattern))
    head = max(lis_ending_lengths(pattern * copies, strict=False))
    return head + (repeats - copies) * max(Counter(pattern).values())


class RepeatedPatternLongestNonDecreasing(Environment):
    description = "Length of the longest non-decreasing subsequence of a pattern repeated T times"
    answer_kind = "single_int"
    answer_example = "-5"
    catalog_name = "RepeatSequenceLNDS"

    def schedule(self, difficulty):
        return {"pattern": 5 + difficulty // 2, "max_repeats": 40 + 15 * difficulty}

    def generate_instance(self, rng, sizes):
        n = sizes["pattern"]
        return {
            "pattern": random_values(rng, n, 1, n),
            "repeats": rng.randint(n, sizes["max_repeats"]),
        }

    def solve(self, instance):
        return longest_non_decreasing_of_repeats(instance["pattern"], instance["repeats"])

    def render(self, instance):
        pattern, t = instance["pattern"], instance["repeats"]
        n = len(pattern)
        return (
            f"{render_array('A', pattern)}\n\n"
            f"Let B be the sequence of {n * t} numbers obtained by writing A {t} times in a row "
            f"(B = A A ... A, so B[k] = A[((k - 1) mod {n}) + 1] for k = 1..{n * t}).\n"
            "A non-decreasing subsequence of B is obtained by choosing positions "
            "k_1 < k_2 < ... < k_m with B[k_1] <= B[k_2] <= ... <= B[k_m]; its length is m. "
            "For example, for A = [2, 1] written 2 times, B = 2 1 2 1 and the longest "
            "non-decreasing subsequence has length 2 (for instance 1 2, or 2 2, or 1 1).\n"
            "What is the length of the longest non-decreasing subsequence of B? Answer with that "
            "single integer."
        )

    def parse(self, text, instance):
        return parse_int(text, max_digits=12)
