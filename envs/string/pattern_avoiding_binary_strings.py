"""PatternAvoidingBinaryStrings: count the binary strings of length N that do not contain a given
pattern, modulo a prime.

A binary pattern P of length m and a length N are given. The solver counts the strings of N
characters from {0, 1} in which P does not appear as a block of consecutive characters, and
gives the count modulo a stated prime (above 10^6, so at low levels the count is asked exactly).

The reference runs the string-matching automaton of P (state = length of the longest suffix of
the text so far that is a prefix of P, built from the prefix function) over the N positions,
counting the strings in each state and dropping those that reach a full match: O(N m).

Difficulty schedule (N and m drawn uniformly from their ranges, the pattern uniformly):

    d            0      1      2      3   ...    10   ...     20   ...  d
    N         8-20   10-24  12-28  14-32  ... 28-60  ... 48-100  ...  8 + 2d .. 20 + 4d
    m          3-5    3-5    3-5    3-6   ...   5-8  ...   7-11  ...  3 + d // 5 .. 5 + d // 3

Longer strings mean more positions to track, longer patterns more automaton states and more
ways for partial matches to overlap. Level 0 draws N and m from ranges (rather than fixing them)
because a level of a few fixed (N, m) pairs holds only a few dozen different problems.
"""

from __future__ import annotations

from rlve_gym.kernels.combinatorics import choose_prime
from rlve_gym.modular import ModularCountEnvironment, modulus_sentence
from rlve_gym.strings import prefix_function


def match_automaton(pattern: str, alphabet: str = "01") -> list[list[int]]:
    """``step[k][c]``: matched length after reading ``alphabet[c]`` with ``k`` characters of
    ``pattern`` matched (``len(pattern)`` means a full occurrence)."""
    pi = prefix_function(pattern)
    step = []
    for matched in range(len(pattern)):
        row = []
        for ch in alphabet:
            k = matched
            while k and pattern[k] != ch:
                k = pi[k - 1]
            row.append(k + 1 if pattern[k] == ch else 0)
        step.append(row)
    return step


def avoiding_strings(pattern: str, length: int, modulus: int) -> int:
    """Binary strings of ``length`` characters with no occurrence of ``pattern``, mod ``modulus``."""
    m = len(pattern)
    step = match_automaton(pattern)
    counts = [1] + [0] * (m - 1)  # counts[k]: strings so far whose matched length is k
    for _ in range(length):
        following = [0] * (m + 1)
        for k, count in enumerate(counts):
            if count:
                for nxt in step[k]:
                    following[nxt] += count
        counts = [c % modulus for c in following[:m]]  # following[m]: P occurred, dropped
    return sum(counts) % modulus


class PatternAvoidingBinaryStrings(ModularCountEnvironment):
    description = "Count binary strings of length N that avoid a given pattern, modulo a prime"
    catalog_name = "NotContainingStringCounting"

    def schedule(self, difficulty):
        return {
            "min_length": 8 + 2 * difficulty,
            "max_length": 20 + 4 * difficulty,
            "min_pattern": 3 + difficulty // 5,
            "max_pattern": 5 + difficulty // 3,
        }

    def generate_instance(self, rng, sizes):
        m = rng.randint(sizes["min_pattern"], sizes["max_pattern"])
        return {
            "pattern": "".join(rng.choice("01") for _ in range(m)),
            "length": rng.randint(sizes["min_length"], sizes["max_length"]),
            "modulus": choose_prime(rng),
        }

    def solve(self, instance):
        return avoiding_strings(instance["pattern"], instance["length"], instance["modulus"])

    def render(self, instance):
        pattern, n = instance["pattern"], instance["length"]
        return (
            f"Pattern P = {pattern} (length {len(pattern)}), N = {n}.\n\n"
            f"Count the strings of exactly {n} characters, each character 0 or 1, in which P "
            "does not occur as a block of consecutive characters. For example, among the 8 "
            "strings of length 3 exactly 5 avoid the pattern 11: 000, 001, 010, 100 and 101.\n"
            f"{modulus_sentence(instance['modulus'])}\n"
            "Answer with a single integer."
        )
