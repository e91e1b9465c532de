"""Palindromic-substring numbers: count the integers in [L, R] whose decimal digits contain a
palindrome of length at least 2 as a contiguous substring.

Any palindrome of length >= 2 contains one of length 2 or 3 at its centre, so a number qualifies
exactly when some digit equals the digit one or two places before it. The digit-DP automaton
(shared ``DigitAutomaton``) remembers the last two digits until such a repeat is seen, then stays
in an absorbing "found" state; the range count is a difference of two prefix counts.

Difficulty schedule (R has D digits; L is drawn from [10^(D-2), R/2]):

    d     0   1   2   3   5   10   20   30   ...  d
    D     3   4   5   6   8   13   23   33   ...  3 + d

The answer is exact (below R). D starts at 3 because two-digit ranges hold only the multiples
of 11 and would often have a count of 0 or 1.
"""

from __future__ import annotations

from functools import lru_cache

from rlve_gym import Environment
from rlve_gym.answers import parse_int
from rlve_gym.kernels.counting_dp import DigitAutomaton

FOUND = "found"


def read_digit(state, digit: int):
    """State = (second-to-last digit, last digit) or FOUND once a palindrome of length 2 or 3 appeared."""
    if state == FOUND:
        return FOUND
    before, last = state
    if digit == last or digit == before:
        return FOUND
    return (last, digit)


@lru_cache(maxsize=1)
def palindrome_automaton() -> DigitAutomaton:
    return DigitAutomaton((None, None), read_digit)


def count_palindromic(low: int, high: int) -> int:
    """Integers in [low, high] containing a palindromic substring of length > 1."""
    automaton = palindrome_automaton()
    return automaton.count_range(low, high, automaton.accepting_mask(lambda s: s == FOUND))


class PalindromicSubstringNumberCounting(Environment):
    description = (
        "How many integers in [L, R] contain a palindromic digit substring of length at least 2"
    )
    answer_kind = "single_int"
    answer_example = "35"
    catalog_name = "PalindromicSubstringNumberCounting"

    def schedule(self, difficulty):
        return {"digits": 3 + difficulty}

    def generate_instance(self, rng, sizes):
        digits = sizes["digits"]
        high = rng.randint(10 ** (digits - 1), 10**digits - 1)
        return {"low": rng.randint(10 ** (digits - 2), high // 2), "high": high}

    def solve(self, instance):
        return count_palindromic(instance["low"], instance["high"])

    def parse(self, text, instance):
        return parse_int(text, max_digits=len(str(instance["high"])) + 2)

    def render(self, instance):
        low, high = instance["low"], instance["high"]
        return (
            "Write each positive integer in decimal without leading zeros. Call it good if its digit "
            "string contains a palindrome of length at least 2 as a contiguous substring (a block of "
            "consecutive digits that reads the same forwards and backwards). For example, 101 is good "
            "(it contains 101), 3455 is good (it contains 55), while 102 and 1201 are not good.\n"
            f"How many good integers N are there with {low} <= N <= {high}?\n"
            "Answer with the exact count, a single integer."
        )
