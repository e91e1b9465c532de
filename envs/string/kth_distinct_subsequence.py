"""KthDistinctSubsequence: the K-th smallest, in dictionary order, of the distinct non-empty
subsequences of a string.

A subsequence keeps some characters of S (at least one) in their original order and drops the
rest; equal subsequences obtained from different positions count once. Sorted in dictionary
order (a word comes before every longer word that starts with it, so "ab" < "aba" < "ac"), the
solver must write the K-th one. The answer is unique; there is no partial credit.

The reference counts, for every suffix of S, its distinct non-empty subsequences: those starting
with letter c are c itself plus c followed by a subsequence of what comes after the first c, so
``count[i]`` is the sum, over letters c occurring in ``S[i:]``, of ``1 + count[p + 1]`` with p
the first c at or after i.
Walking from the front, each next letter is chosen by comparing K with these block sizes: O(n *
alphabet) big-integer steps. K is uniform over all distinct subsequences, so the answer can be
anything from a single letter to a long word.

Difficulty schedule (letters a, b, c; the number of distinct subsequences grows exponentially
with the length, so K has about length / 2 digits at the top levels):

    d        0   1   2   3  ...  10  ...  20  ...  d
    length   8   9  10  11  ...  18  ...  28  ...  8 + d

Level 0 has 8 letters, which already gives a few hundred distinct subsequences: with shorter
strings K takes few values and the answer is often a single letter.
"""

from __future__ import annotations

from rlve_gym import Environment, Verdict
from rlve_gym.answers import ParseError, parse_word
from rlve_gym.strings import random_string

ALPHABET = "abc"


def suffix_subsequence_counts(text: str) -> tuple[list[int], list[dict[str, int]]]:
    """``counts[i]``: distinct non-empty subsequences of ``text[i:]``; ``first[i][c]``: position
    of the first ``c`` at or after ``i`` (letters absent from ``text[i:]`` are missing)."""
    n = len(text)
    counts = [0] * (n + 1)
    first: list[dict[str, int]] = [{} for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        first[i] = {**first[i + 1], text[i]: i}
        counts[i] = sum(1 + counts[p + 1] for p in first[i].values())
    return counts, first


def kth_distinct_subsequence(text: str, k: int) -> str:
    """The ``k``-th (1-based) distinct non-empty subsequence of ``text`` in dictionary order."""
    counts, first = suffix_subsequence_counts(text)
    word, i = [], 0
    while True:
        for c in sorted(first[i]):
            block = 1 + counts[first[i][c] + 1]  # c alone, then c followed by longer ones
            if k <= block:
                word.append(c)
                k -= 1
                i = first[i][c] + 1
                break
            k -= block
        else:
            raise ValueError("k exceeds the number of distinct subsequences")
        if k == 0:
            return "".join(word)


class KthDistinctSubsequence(Environment):
    description = "K-th smallest distinct non-empty subsequence of a string in dictionary order"
    answer_kind = "string"
    answer_example = "cab"
    catalog_name = "KthSubsequence"

    def schedule(self, difficulty):
        return {"length": 8 + difficulty}

    def generate_instance(self, rng, sizes):
        text = random_string(rng, sizes["length"], ALPHABET)
        counts, _ = suffix_subsequence_counts(text)
        k = rng.randint(1, counts[0])
        if kth_distinct_subsequence(text, k) == self.answer_example:
            k = k + 1 if k < counts[0] else k - 1
        return {"text": text, "k": k, "total": counts[0]}

    def solve(self, instance):
        return kth_distinct_subsequence(instance["text"], instance["k"])

    def render(self, instance):
        text, k = instance["text"], instance["k"]
        return (
            f"Consider the string S = {text} (length {len(text)}).\n"
            "A subsequence of S is obtained by deleting some characters of S (possibly none) and "
            "keeping the others in their original order; here only non-empty subsequences count, "
            "and equal subsequences obtained by deleting different characters count once. For "
            "example, the distinct non-empty subsequences of aba are a, aa, ab, aba, b and ba.\n"
            "Sort all distinct non-empty subsequences of S in dictionary order: compare two words "
            "at the first position where they differ (a < b < c); if one word is the beginning "
            "of the other, the shorter one comes first (so ab < aba < ac).\n\n"
            f"S has {instance['total']} distinct non-empty subsequences. Which one is number {k} "
            "in this order (counting from 1)? Write it without spaces."
        )

    def parse(self, text, instance):
        word = parse_word(text, ALPHABET, max_len=len(instance["text"]) + 5)
        if not word:
            raise ParseError("empty answer; expected a word of the letters a, b, c")
        return word

    def check(self, instance, answer, reference):
        if answer == reference:
            return Verdict.right()
        letters = iter(instance["text"])
        if not all(c in letters for c in answer):
            return Verdict.wrong("the answer is not a subsequence of S")
        return Verdict.wrong(f"a subsequence of S, but not number {instance['k']} in order")
