"""ShortestStringWithNameOccurrences: the shortest string in which given names occur at least M
times in total.

The solver sees N distinct names over {a, b, c}, none of which occurs inside another, and a number
M, and answers with the smallest length of a string T in which the names occur at least M times
altogether: every (name, start position) at which a name appears in T counts once, so
occurrences may overlap and the same name may be counted many times. The answer is one integer,
with no partial credit.

Order the occurrences in an optimal T by start position. Since no name lies inside another, each
next occurrence also ends later, and it adds at least ``len(next) - overlap(previous, next)``
letters, with overlap the longest proper suffix of the previous name that is a prefix of the
next one; overlapping them that much reaches the bound. So the answer is the cheapest walk of
M names: ``min over the first name of len(first)`` plus M - 1 steps of the cost matrix, computed
as a (min, +) matrix power by repeated squaring (O(N^3 log M)). Overlaps come from prefix
functions.

Difficulty schedule (M is drawn per instance from [max_m / 8, max_m]):

    d          0   1   2   3  ...  10  ...  20  ...  d
    names      3   3   4   4  ...   8  ...  13  ...  3 + d // 2
    max_len    5   5   5   5  ...   7  ...   9  ...  5 + d // 5
    max_m     64  64  66  68  ... 114  ... 264  ...  64 + d^2 // 2

Names have 3 to max_len letters, not all equal (a name like aaa overlaps itself in all but one
letter, and the answer would be little more than M). The answer is roughly M times the cost of
the cheapest repeating cycle of names, so M is drawn from a wide range: with a narrow one
(or over two letters, where cycles of cost 1 or 2 are everywhere) a few answers repeat across
seeds and a blind guess hits them too often. Larger M makes the best repeating pattern matter
(and rules out writing T by hand); more names mean more overlaps to weigh. Larger M makes the
best repeating pattern matter (and rules out writing T by hand); more names mean more overlaps.
"""

from __future__ import annotations

import numpy as np

from rlve_gym import Environment
from rlve_gym.answers import parse_int
from rlve_gym.strings import prefix_function, random_string

ALPHABET = "abc"
#: tries for each new name before falling back to distinct names of one length
TRIES = 200


def overlap(before: str, after: str) -> int:
    """Longest proper suffix of ``before`` that is a prefix of ``after`` (shorter than both)."""
    if before == after:
        return prefix_function(before)[-1]
    return prefix_function(after + "#" + before)[-1]


def min_plus_product(left: np.ndarray, right: np.ndarray) -> np.ndarray:
    return (left[:, :, None] + right[None, :, :]).min(axis=1)


def shortest_length(names: list[str], occurrences: int) -> int:
    """Smallest length of a string with at least ``occurrences`` occurrences of the names."""
    cost = np.array([[len(b) - overlap(a, b) for b in names] for a in names], dtype=np.int64)
    total = np.array([len(name) for name in names], dtype=np.int64)  # best ending in each name
    steps, power = occurrences - 1, cost
    while steps:
        if steps & 1:
            total = (total[:, None] + power).min(axis=0)
        steps >>= 1
        if steps:
            power = min_plus_product(power, power)
    return int(total.min())


def nested(word: str, names: list[str]) -> bool:
    return any(word in other or other in word for other in names)


class ShortestStringWithNameOccurrences(Environment):
    description = "Shortest string containing at least M occurrences in total of given names"
    answer_kind = "single_int"
    answer_example = "-5"
    catalog_name = "ChoHamsters"

    def schedule(self, difficulty):
        return {
            "names": 3 + difficulty // 2,
            "max_len": 5 + difficulty // 5,
            "max_m": 64 + difficulty * difficulty // 2,
        }

    def generate_instance(self, rng, sizes):
        count, max_len = sizes["names"], sizes["max_len"]
        names: list[str] = []
        for _ in range(TRIES * count):
            word = random_string(rng, rng.randint(3, max_len), ALPHABET)
            if len(set(word)) > 1 and not nested(word, names):
                names.append(word)
                if len(names) == count:
                    break
        else:  # distinct words of one length never occur inside each other (2^max_len > count)
            codes = rng.sample(range(1, 2**max_len - 1), count)
            names = [format(c, f"0{max_len}b").translate(str.maketrans("01", "ab")) for c in codes]
        occurrences = rng.randint(sizes["max_m"] // 8, sizes["max_m"])
        return {"names": names, "occurrences": occurrences}

    def solve(self, instance):
        return shortest_length(instance["names"], instance["occurrences"])

    def render(self, instance):
        names, m = instance["names"], instance["occurrences"]
        listed = "\n".join(f"  {name}" for name in names)
        return (
            f"There are {len(names)} names, each a word of the letters a, b and c; no name occurs "
            f"inside another:\n{listed}\n\n"
            "For a string T, count the occurrences of the names in T: every pair (name, starting "
            "position) at which that name appears in T as a block of consecutive letters counts "
            "once. Occurrences may overlap, and the same name may be counted many times; for "
            "example, with names aba and bab, the string ababa contains aba twice and bab once, "
            "3 occurrences in total.\n\n"
            f"What is the smallest possible length of a string T with at least {m} occurrences "
            "in total? Answer with one integer."
        )

    def parse(self, text, instance):
        return parse_int(text, max_digits=12)
