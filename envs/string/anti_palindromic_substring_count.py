"""AntiPalindromicSubstringCount: count the substrings of a binary string that read, backwards,
as their own bitwise complement.

A substring T of a 0/1 string is anti-palindromic when reversing T gives the same string as
flipping every bit of T (for example 01, 0011 and 0101, but not 00 or 010: an odd-length
string has a middle bit that would have to differ from itself). The solver counts such
substrings by position: the same content at two different places counts twice. The answer is
one integer, with no partial credit.

The reference flips every second bit: with ``t[i] = s[i] xor (i mod 2)``, two positions an odd
distance apart hold different bits in ``s`` exactly when they hold equal bits in ``t``, so the
anti-palindromes of ``s`` are the even-length palindromes of ``t``, counted from Manacher's
palindrome radii in O(n). Strings are drawn with a per-instance chance of switching bits between
neighbours (15-90%), so some instances are nearly alternating (many long anti-palindromes) and
others have long runs (few), which spreads the counts far apart.

Difficulty schedule (string length):

    d        0   1   2   3  ...  10  ...  20  ...  d
    length  32  35  38  41  ...  62  ...  92  ...  32 + 3d

Level 0 already has 32 bits: on short strings the count takes only a handful of values and one
of them would be right too often. Longer strings have more centres and longer runs to follow.
"""

from __future__ import annotations

from rlve_gym import Environment
from rlve_gym.answers import parse_int
from rlve_gym.strings import palindrome_radii


def count_anti_palindromic_substrings(bits: str) -> int:
    """Substrings (by position) whose reversal is their complement, in O(n)."""
    shifted = "".join(str(int(b) ^ (i & 1)) for i, b in enumerate(bits))
    radii = palindrome_radii(shifted)
    return sum(radii[c] // 2 for c in range(1, len(radii), 2))  # gap centres: even lengths


class AntiPalindromicSubstringCount(Environment):
    description = (
        "Count the substrings of a binary string whose reversal equals their bitwise complement"
    )
    answer_kind = "single_int"
    answer_example = "-3"
    catalog_name = "AntiPalindromicSubstringCounting"

    def schedule(self, difficulty):
        return {"length": 32 + 3 * difficulty}

    def generate_instance(self, rng, sizes):
        switch = rng.uniform(0.15, 0.9)
        bits = [rng.choice("01")]
        for _ in range(sizes["length"] - 1):
            bits.append(bits[-1] if rng.random() >= switch else "10"[int(bits[-1])])
        return {"bits": "".join(bits)}

    def solve(self, instance):
        return count_anti_palindromic_substrings(instance["bits"])

    def render(self, instance):
        bits = instance["bits"]
        return (
            f"Consider the binary string S = {bits} (length {len(bits)}).\n"
            "A substring of S is a block of consecutive characters S[i..j] (1 <= i <= j <= "
            f"{len(bits)}). The complement of a binary string flips every bit (0 becomes 1 and 1 "
            "becomes 0). A string T is anti-palindromic if T written backwards equals the "
            "complement of T. For example 01, 1100 and 0101 are anti-palindromic; 00, 100 and "
            "010 are not.\n\n"
            "How many substrings of S are anti-palindromic? Count substrings by position: equal "
            "substrings that start at different positions are counted separately. Answer with one "
            "integer."
        )

    def parse(self, text, instance):
        return parse_int(text, max_digits=12)
