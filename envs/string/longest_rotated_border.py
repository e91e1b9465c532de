"""LongestRotatedBorder: the longest prefix whose matching suffix is a rotation of it.

A string S of length N over {a, b, c} is given. The solver finds the largest L with 2L <= N such
that the first L characters of S and the last L characters of S are rotations (cyclic shifts)
of each other: one is turned into the other by moving some of its first characters, in order,
to its end. The answer is one integer; L = 0 always qualifies, and every generated string has a
planted L >= 1, so the example answer 0 is never right.

Generation plants the answer: a length L uniform in 1..max_border, a prefix u + v of L random
letters and the suffix v + u for a random split, and a gap of random letters in between, so
N = 2L + gap. Chance can make a larger L qualify too, which the reference catches: it tests
every L from N // 2 down, by looking for the suffix inside the prefix written twice (a linear
substring search each, O(N^2) in all; N stays below a few thousand).

Difficulty schedule (L and the gap drawn uniformly from their ranges):

    d              0     1     2     3  ...     10  ...     20  ...  d
    max_border    90    95   100   105  ...    140  ...    190  ...  90 + 5d
    gap         4-16  5-18  6-20  7-22  ...  14-36  ...  24-56  ...  4 + d .. 16 + 2d

The string grows with the level: more candidate lengths, longer rotations to compare. The
answer is (nearly) uniform over 1..max_border, so level 0 already allows 90 values: with 30 or
40 values (N up to 80), some value was the answer on more than one seed in twenty, and with 70
on up to 4.5%.
"""

from __future__ import annotations

from rlve_gym import Environment
from rlve_gym.answers import parse_int
from rlve_gym.strings import random_string

ALPHABET = "abc"


def are_rotations(first: str, second: str) -> bool:
    return len(first) == len(second) and second in first + first


def longest_rotated_border(text: str) -> int:
    """Largest L with 2L <= len(text) whose L-prefix and L-suffix are rotations of each other."""
    n = len(text)
    for length in range(n // 2, 0, -1):
        if are_rotations(text[:length], text[n - length :]):
            return length
    return 0


class LongestRotatedBorder(Environment):
    description = "Largest L (2L <= N) whose L-prefix and L-suffix are rotations of each other"
    answer_kind = "single_int"
    answer_example = "0"
    catalog_name = "Prefixuffix"

    def schedule(self, difficulty):
        return {
            "max_border": 90 + 5 * difficulty,
            "min_gap": 4 + difficulty,
            "max_gap": 16 + 2 * difficulty,
        }

    def generate_instance(self, rng, sizes):
        length = rng.randint(1, sizes["max_border"])
        cut = rng.randint(0, length - 1)
        prefix = random_string(rng, length, ALPHABET)
        suffix = prefix[cut:] + prefix[:cut]
        middle = random_string(rng, rng.randint(sizes["min_gap"], sizes["max_gap"]), ALPHABET)
        return {"text": prefix + middle + suffix}

    def solve(self, instance):
        return longest_rotated_border(instance["text"])

    def render(self, instance):
        text = instance["text"]
        n = len(text)
        return (
            f"S = {text} (length {n})\n\n"
            "Two strings of the same length are rotations of each other when one can be turned "
            "into the other by moving some number of its first characters, in order, to its "
            "end (a string is a rotation of itself; for example, aab, aba and baa are "
            "rotations of each other).\n"
            f"Find the largest L with 2L <= {n} such that the first L characters of S and the "
            "last L characters of S are rotations of each other (the two parts do not overlap). "
            "For example, for S = abbaab the answer is 2: ab and ab qualify, while abb and aab "
            "are not rotations of each other.\n"
            "Answer with the single integer L."
        )

    def parse(self, text, instance):
        return parse_int(text, max_digits=6)
