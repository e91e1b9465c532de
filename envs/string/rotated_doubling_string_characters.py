"""RotatedDoublingStringCharacters: characters far out in a string that keeps doubling itself
with a rotated copy.

Start from a word s of N letters. One step replaces the current string X by X followed by X
rotated right by one position (its last character moved to the front): cow -> cowwco ->
cowwcoocowwc -> ... Repeating forever defines an infinite string. Three positions K1, K2, K3
(counted from 1) are given, far beyond the first few doublings; the solver writes the three
characters at those positions as one 3-letter word. Three positions rather than one so that a
guessed letter is right with chance about 1/20^3, not 1/20. The letters of s come from a..t, so
the example answer xyz is never right.

The reference walks back from a position: in a string of length 2L, position k > L is the
rotated copy's position k - L, which is position k - L - 1 of the first half (or L when that is
0), and it halves L until it reaches s: O(log K) per position.

Difficulty schedule (positions drawn uniformly from 1..N * 2^e):

    d        0   1   2   3  ...  10  ...  20  ...  d
    N        5   5   6   6  ...  10  ...  15  ...  5 + d // 2
    e        4   5   6   7  ...  14  ...  24  ...  4 + d

Every level adds one doubling to the range the positions come from (one more step to walk back
through, one more binary digit in the positions); N grows more slowly. Level 0 already needs
four steps back for most positions.
"""

from __future__ import annotations

from rlve_gym import Environment, Verdict
from rlve_gym.answers import ParseError, parse_word
from rlve_gym.strings import random_string

LETTERS = "abcdefghijklmnopqrst"
QUERIES = 3


def character_at(word: str, position: int) -> str:
    """The character at 1-based ``position`` of the infinite rotated-doubling string of ``word``."""
    length = len(word)
    while length < position:
        length *= 2
    while length > len(word):
        half = length // 2
        if position > half:
            position -= half + 1
            if position == 0:
                position = half
        length = half
    return word[position - 1]


class RotatedDoublingStringCharacters(Environment):
    description = "Characters at three far positions of a string that repeatedly appends its right-rotated copy"
    answer_kind = "string"
    answer_example = "xyz"
    catalog_name = "SecretCowCode"

    def schedule(self, difficulty):
        return {"letters": 5 + difficulty // 2, "doublings": 4 + difficulty}

    def generate_instance(self, rng, sizes):
        n = sizes["letters"]
        limit = n * 2 ** sizes["doublings"]
        return {
            "word": random_string(rng, n, LETTERS),
            "positions": [rng.randint(1, limit) for _ in range(QUERIES)],
        }

    def solve(self, instance):
        return "".join(character_at(instance["word"], k) for k in instance["positions"])

    def render(self, instance):
        word, positions = instance["word"], instance["positions"]
        named = ", ".join(f"K{i} = {k}" for i, k in enumerate(positions, start=1))
        return (
            f"Start with the string X = {word} ({len(word)} letters). One step replaces X by X "
            "followed by a rotated copy of X: the copy is X with its last character moved to "
            "the front. For example, starting from cow the steps give cowwco, then "
            "cowwcoocowwc, and so on. The steps are repeated forever, which defines an infinite "
            "string; each step keeps the string built so far as its beginning.\n\n"
            f"Positions are counted from 1. Find the characters at the positions {named}.\n"
            "Answer with these three characters written together as one word, in the order "
            "K1, K2, K3 (for example, cwo would mean the characters c, w and o)."
        )

    def parse(self, text, instance):
        word = parse_word(text.lower(), "abcdefghijklmnopqrstuvwxyz", max_len=4 * QUERIES)
        if not word:
            raise ParseError("empty answer; expected a word of 3 letters")
        return word

    def check(self, instance, answer, reference):
        if len(answer) != QUERIES:
            return Verdict.wrong(f"expected {QUERIES} letters, got {len(answer)}")
        if answer == reference:
            return Verdict.right()
        right = sum(a == b for a, b in zip(answer, reference, strict=True))
        return Verdict.wrong(f"{QUERIES - right} of the {QUERIES} characters are wrong")
