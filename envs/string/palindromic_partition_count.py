"""PalindromicPartitionCount: the number of ways to cut a string into palindromic pieces.

A string S over {a, b} is cut into consecutive non-empty pieces (any number of cuts, including
none); the solver counts the cuttings in which every piece reads the same forwards and
backwards. Two cuttings differ when their sets of cut positions differ. Single letters are
palindromes, so the count is at least 1; every binary string of length 3 or more contains a
palindrome of length 2 or 3, so it is at least 2 and the prompt's example, 1, is never right.
The answer is one exact integer.

The reference marks every palindromic substring from the palindrome radii (Manacher) and runs
the prefix DP ways[i] = sum of ways[j] over palindromic S[j..i-1]: O(n^2).

Difficulty schedule:

    d          0   1   2   3  ...  10  ...  20  ...  d
    length    12  14  16  18  ...  32  ...  52  ...  12 + 2d

Longer strings hold more (and longer, nested) palindromes, and the count grows exponentially
with the length, so both the bookkeeping and the numbers grow. Each string has its own share
of a's (0.25 to 0.75), so the counts spread widely. Level 0 has 12 letters: with 10, one count
(47) was the answer on 5% of the seeds.
"""

from __future__ import annotations

from rlve_gym import Environment
from rlve_gym.answers import parse_int
from rlve_gym.strings import palindrome_radii

ALPHABET = "ab"


def palindromic_pieces_ending_at(text: str) -> list[list[int]]:
    """``starts[i]``: every start j with text[j..i] a palindrome (from the Manacher radii)."""
    starts: list[list[int]] = [[] for _ in text]
    for centre, radius in enumerate(palindrome_radii(text)):
        # centre c covers text[(c - length + 1) / 2 .. (c + length - 1) / 2] for length = radius,
        # radius - 2, ... >= 1
        for length in range(radius, 0, -2):
            start = (centre - length + 1) // 2
            starts[start + length - 1].append(start)
    return starts


def palindromic_partitions(text: str) -> int:
    ways = [1] + [0] * len(text)  # ways[i]: cuttings of the first i letters
    for end, starts in enumerate(palindromic_pieces_ending_at(text)):
        ways[end + 1] = sum(ways[start] for start in starts)
    return ways[len(text)]


class PalindromicPartitionCount(Environment):
    description = "Count the ways to cut a string into consecutive palindromic pieces"
    answer_kind = "single_int"
    answer_example = "1"
    catalog_name = "PalindromePartitionCounting"

    def schedule(self, difficulty):
        return {"length": 12 + 2 * difficulty}

    def generate_instance(self, rng, sizes):
        share_of_a = rng.uniform(0.25, 0.75)
        return {
            "text": "".join(
                "a" if rng.random() < share_of_a else "b" for _ in range(sizes["length"])
            )
        }

    def solve(self, instance):
        return palindromic_partitions(instance["text"])

    def render(self, instance):
        text = instance["text"]
        return (
            f"S = {text} (length {len(text)})\n\n"
            "Cut S into one or more consecutive non-empty pieces so that every piece is a "
            "palindrome (it reads the same forwards and backwards; a single letter is a "
            "palindrome). Count the different ways to do this: two ways are different when they "
            "cut S at different sets of positions. For example, aab can be cut in 2 ways: "
            "a|a|b and aa|b.\n"
            "Answer with the exact count, a single integer."
        )

    def parse(self, text, instance):
        return parse_int(text, max_digits=len(instance["text"]) + 2)
