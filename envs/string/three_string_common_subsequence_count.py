"""ThreeStringCommonSubsequenceCount: how many different non-empty strings are subsequences of
all three given strings, modulo a prime.

Three strings A, B, C over {a, b} are given. A subsequence keeps some of a string's letters
in their order (not necessarily adjacent). The solver counts the distinct non-empty strings
that are subsequences of A, of B and of C at once (each such string counted once, however many
ways it can be picked), modulo a stated prime above 10^6 (the counts at low levels are asked
exactly). Every string holds both letters, so a and b are always counted and the example
answer 1 is never right.

The reference counts each common subsequence once by always matching its next letter at the
earliest possible position in each string: with next[i][x] the first position >= i holding
letter x, f(i, j, k) = sum over letters x present after (i, j, k) of 1 + f(next_A + 1, next_B
+ 1, next_C + 1), a Numba loop over all (i, j, k), O(|A| |B| |C| * 2).

Difficulty schedule (each length drawn uniformly from the range):

    d           0      1      2      3   ...     10   ...     20   ...  d
    lengths  10-16  11-17  12-18  13-19   ...  20-26   ...  30-36   ...  10 + d .. 16 + d

One more letter per string per level: the number of common subsequences grows exponentially
with the length. Level 0 strings have 10 to 16 letters: with 8 to 12 letters over {a, b, c}
the counts bunched on a few dozen values (one on 5.5% of the seeds).
"""

from __future__ import annotations

import numpy as np
from numba import njit

from rlve_gym.kernels.combinatorics import choose_prime
from rlve_gym.modular import ModularCountEnvironment, modulus_sentence
from rlve_gym.strings import random_string

ALPHABET = "ab"


def next_positions(text: str, alphabet: str = ALPHABET) -> np.ndarray:
    """``table[i, x]``: first position >= i of letter ``alphabet[x]`` in ``text``, or len(text)."""
    n = len(text)
    table = np.full((n + 1, len(alphabet)), n, dtype=np.int64)
    for i in range(n - 1, -1, -1):
        table[i] = table[i + 1]
        table[i, alphabet.index(text[i])] = i
    return table


@njit(cache=True)
def _common_subsequence_kernel(next_a, next_b, next_c, modulus):  # pragma: no cover - compiled
    la, lb, lc = next_a.shape[0] - 1, next_b.shape[0] - 1, next_c.shape[0] - 1
    letters = next_a.shape[1]
    count = np.zeros((la + 2, lb + 2, lc + 2), dtype=np.int64)
    for i in range(la, -1, -1):
        for j in range(lb, -1, -1):
            for k in range(lc, -1, -1):
                total = 0
                for x in range(letters):
                    p, q, r = next_a[i, x], next_b[j, x], next_c[k, x]
                    if p < la and q < lb and r < lc:
                        total += 1 + count[p + 1, q + 1, r + 1]
                count[i, j, k] = total % modulus
    return count[0, 0, 0]


def common_subsequences(a: str, b: str, c: str, modulus: int) -> int:
    """Distinct non-empty strings that are subsequences of a, b and c, modulo ``modulus``."""
    return int(
        _common_subsequence_kernel(next_positions(a), next_positions(b), next_positions(c), modulus)
    )


class ThreeStringCommonSubsequenceCount(ModularCountEnvironment):
    description = (
        "Count distinct non-empty strings that are subsequences of all three given strings"
    )
    catalog_name = "ThreeStringCommonSubsequenceCounting"
    answer_example = "1"

    def schedule(self, difficulty):
        return {"min_length": 10 + difficulty, "max_length": 16 + difficulty}

    def generate_instance(self, rng, sizes):
        strings = []
        for _ in range(3):
            text = random_string(
                rng, rng.randint(sizes["min_length"], sizes["max_length"]), ALPHABET
            )
            if len(set(text)) < 2:  # both letters, so the count is at least 2
                text = text[:-1] + ("b" if text[0] == "a" else "a")
            strings.append(text)
        return {"strings": strings, "modulus": choose_prime(rng)}

    def solve(self, instance):
        a, b, c = instance["strings"]
        return common_subsequences(a, b, c, instance["modulus"])

    def render(self, instance):
        a, b, c = instance["strings"]
        return (
            f"A = {a}\nB = {b}\nC = {c}\n\n"
            "A subsequence of a string is what remains after deleting any number of its letters "
            "(possibly none), keeping the order of the rest; for example, ac and abc are "
            "subsequences of abc, but ca is not.\n"
            "Count the different non-empty strings that are subsequences of A, of B and of C at "
            "the same time. Each such string is counted once, however many ways it can be "
            "picked out. For example, for A = ab, B = ba, C = aab the answer is 2 (a and b).\n"
            f"{modulus_sentence(instance['modulus'])}\n"
            "Answer with a single integer."
        )
