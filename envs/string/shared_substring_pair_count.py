"""SharedSubstringPairCount: count the pairs of equal substring occurrences of two strings.

Two strings S and T over {a, b} are given. An occurrence is a non-empty substring taken at a
particular position; the solver counts the pairs (an occurrence in S, an occurrence in T) that
spell the same word, i.e. the triples (i, j, L) with L >= 1 and S[i..i+L-1] = T[j..j+L-1]. The
answer is one exact integer. Both strings always contain both letters, so the count is at least
|S| + |T| - 2 (the prompt's example, 7, is below that at every level).

The reference sums, over every pair of starting positions, the length of the longest common
prefix of S[i..] and T[j..], filled from the back in O(|S| |T|).

Difficulty schedule:

    d           0   1   2   3  ...  10  ...  20  ...  d
    len(S)      8  10  12  14  ...  28  ...  48  ...  8 + 2d
    len(T)     10  12  14  16  ...  30  ...  50  ...  10 + 2d

Both lengths grow by two per level, so the number of position pairs to examine grows
quadratically. Level 0 already has 48 position pairs: shorter binary strings give counts that
bunch on a few values.
"""

from __future__ import annotations

from rlve_gym import Environment
from rlve_gym.answers import parse_int

ALPHABET = "ab"


def shared_substring_pairs(s: str, t: str) -> int:
    """Sum over (i, j) of the longest common prefix of s[i:] and t[j:], one row at a time."""
    m = len(t)
    below = [0] * (m + 1)  # lcp of s[i + 1:] and t[j:] for every j
    total = 0
    for i in range(len(s) - 1, -1, -1):
        row = [0] * (m + 1)
        ch = s[i]
        for j in range(m - 1, -1, -1):
            if t[j] == ch:
                row[j] = below[j + 1] + 1
        total += sum(row)
        below = row
    return total


def _with_both_letters(rng, n: int) -> str:
    share_of_a = rng.uniform(0.1, 0.9)
    text = "".join("a" if rng.random() < share_of_a else "b" for _ in range(n))
    if len(set(text)) < 2:  # put the missing letter at a random position
        k = rng.randrange(n)
        text = text[:k] + ("b" if text[0] == "a" else "a") + text[k + 1 :]
    return text


class SharedSubstringPairCount(Environment):
    description = "Count pairs of equal non-empty substring occurrences, one in S and one in T"
    answer_kind = "single_int"
    answer_example = "7"
    catalog_name = "SharedSubstringCounting"

    def schedule(self, difficulty):
        return {"len_s": 8 + 2 * difficulty, "len_t": 10 + 2 * difficulty}

    def generate_instance(self, rng, sizes):
        return {
            "s": _with_both_letters(rng, sizes["len_s"]),
            "t": _with_both_letters(rng, sizes["len_t"]),
        }

    def solve(self, instance):
        return shared_substring_pairs(instance["s"], instance["t"])

    def render(self, instance):
        s, t = instance["s"], instance["t"]
        return (
            f"S = {s} (length {len(s)})\nT = {t} (length {len(t)})\n\n"
            "Count the triples (i, j, L) with L >= 1 such that the L characters of S starting at "
            "position i are exactly the L characters of T starting at position j (both "
            "substrings must lie fully inside their strings). In other words, count the pairs "
            "made of one non-empty substring occurrence in S and one in T that spell the same "
            "word; occurrences at different positions are counted separately. For example, for "
            "S = aa and T = a the answer is 2 (the single a of T matches either a of S; aa does "
            "not occur in T).\n"
            "Answer with a single integer."
        )

    def parse(self, text, instance):
        return parse_int(text, max_digits=12)
