"""MinimalRotation: the lexicographically smallest rotation of a binary string.

A rotation moves some prefix of the string to its end ("abba" -> "bbaa", "baab", "aabb"). The
solver writes the rotation that comes first in dictionary order. Strings are over {a, b} with
long runs of 'a' (so many rotations share long prefixes and must be compared carefully), and the
given string is never its own smallest rotation, so copying the input is always wrong. The b's
always form at least two separate blocks around the circle: with a single block the answer is
just the letters sorted (a...ab...b), a blind guess that used to be right on half the d = 0 seeds.

Difficulty schedule (string length):

    d        0   1   2   3  ...  10  ...  20  ...  d
    length  14  16  18  20  ...  34  ...  54  ...  14 + 2d

The length grows by two at every level: more rotations to compare and longer shared prefixes.
Level 0 starts at 14 letters: shorter strings come in too few shapes, and their smallest
rotations (a long run of a's, then a short tail) repeat too often to be worth solving.
"""

from __future__ import annotations

from rlve_gym import Environment, Verdict
from rlve_gym.answers import ParseError, parse_word

ALPHABET = "ab"
#: draws before falling back to a string with two b-blocks by construction
DRAWS = 20


def smallest_rotation_start(text: str) -> int:
    """Start of the smallest rotation by the two-candidate scan: O(n) character comparisons.

    Candidates i and j are compared over k characters; when they differ, the larger candidate and
    the k positions after it cannot start the minimum and are skipped."""
    n = len(text)
    i, j, k = 0, 1, 0
    while i < n and j < n and k < n:
        a, b = text[(i + k) % n], text[(j + k) % n]
        if a == b:
            k += 1
            continue
        if a > b:
            i += k + 1
        else:
            j += k + 1
        if i == j:
            j += 1
        k = 0
    return min(i, j)


def _cyclic_blocks_of_b(text: str) -> int:
    """Maximal runs of 'b' around the circle (0 when there is no 'a' or no 'b')."""
    if "a" not in text:
        return 0
    return sum(1 for i, ch in enumerate(text) if ch == "b" and text[i - 1] == "a")


def rotate(text: str, start: int) -> str:
    return text[start:] + text[:start]


class MinimalRotation(Environment):
    description = "The lexicographically smallest rotation of a binary string"
    answer_kind = "string"
    answer_example = "aabab"
    catalog_name = "MinimalCyclicShift"

    def schedule(self, difficulty):
        return {"length": 14 + 2 * difficulty}

    def generate_instance(self, rng, sizes):
        n = sizes["length"]
        for _ in range(DRAWS):
            share_of_a = rng.uniform(0.5, 0.75)
            text = "".join("a" if rng.random() < share_of_a else "b" for _ in range(n))
            if _cyclic_blocks_of_b(text) >= 2:
                break
        else:  # two b-blocks by construction (n >= 8): a a b a b a ... a
            text = "aabab" + "a" * (n - 5)
        smallest = rotate(text, smallest_rotation_start(text))
        if text == smallest:  # shift it so the input is never already the answer
            offsets = [k for k in range(1, n) if rotate(text, k) != smallest]
            text = rotate(text, rng.choice(offsets))
        return {"text": text}

    def solve(self, instance):
        text = instance["text"]
        return rotate(text, smallest_rotation_start(text))

    def render(self, instance):
        text = instance["text"]
        return (
            f"Consider the string S = {text} (length {len(text)}).\n"
            "A rotation of S is obtained by moving some number of its first characters, in order, "
            "to its end; S itself is also a rotation. For example, the rotations of abba are abba, "
            "bbaa, baab and aabb.\n"
            "Strings of equal length are compared in dictionary order: at the first position where "
            "they differ, the one with 'a' comes first.\n\n"
            "Find the rotation of S that comes first in dictionary order and write it out in full "
            f"({len(text)} characters, no spaces)."
        )

    def parse(self, text, instance):
        word = parse_word(text, ALPHABET, max_len=2 * len(instance["text"]) + 10)
        if not word:
            raise ParseError("empty answer; expected a string of a and b")
        return word

    def check(self, instance, answer, reference):
        if answer == reference:
            return Verdict.right()
        text = instance["text"]
        if len(answer) != len(text):
            return Verdict.wrong(
                f"the answer has {len(answer)} characters; a rotation has {len(text)}"
            )
        if answer not in text + text:
            return Verdict.wrong("the answer is not a rotation of S")
        return Verdict.wrong("the answer is a rotation of S but not the smallest one")

    def near_misses(self, problem):
        text, answer = problem.instance["text"], problem.answer
        flipped_last = answer[:-1] + ("b" if answer[-1] == "a" else "a")
        return [text, flipped_last, answer + "a", rotate(answer, 1)]
