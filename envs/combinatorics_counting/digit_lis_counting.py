"""Digit LIS counting: how many integers in [L, R] have digit strings whose longest strictly
increasing subsequence has length exactly K.

The solver is a digit DP. Reading the digits left to right, the patience-sorting "tails" (for
each length j, the smallest digit that can end a strictly increasing subsequence of length j)
form a set of digits, a 10-bit mask whose popcount is the current LIS length; appending digit x
replaces the smallest tail >= x by x. ``DigitAutomaton`` (shared digit-DP kernel) counts the
numbers up to a bound whose final mask has popcount K, and the range count is a difference.

Difficulty schedule (R has D digits; L is drawn from [10^(D-2), R/2] so the range spans at least
half of R; K is the LIS length of a random number of the range, so the count is at least 1):

    d     0   1   2   3   5   10   20   30   ...  d
    D     3   4   5   6   8   13   23   33   ...  3 + d

Level 0 starts at three digits: two-digit ranges have a few small counts a guess hits often.

The answer is exact (it is below R, so it has at most D digits); one more digit per level makes
a by-hand digit DP one position longer.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np

from rlve_gym import Environment
from rlve_gym.answers import parse_int
from rlve_gym.kernels.counting_dp import DigitAutomaton


def add_digit_to_tails(tails: int, digit: int) -> int:
    """Patience step on a 10-bit tails mask: the smallest tail >= digit is replaced by digit."""
    higher = tails >> digit
    if higher:
        lowest = (higher & -higher).bit_length() - 1 + digit
        tails &= ~(1 << lowest)
    return tails | (1 << digit)


def longest_increasing_digits(n: int) -> int:
    tails = 0
    for ch in str(n):
        tails = add_digit_to_tails(tails, int(ch))
    return bin(tails).count("1")


@lru_cache(maxsize=1)
def lis_automaton() -> DigitAutomaton:
    return DigitAutomaton(0, add_digit_to_tails)


@lru_cache(maxsize=16)
def lis_accepting(length: int) -> np.ndarray:
    return lis_automaton().accepting_mask(lambda tails: bin(tails).count("1") == length)


#: completion tables per LIS length, kept for the longest digit count asked so far (a table for
#: more digits extends one for fewer, so one table serves every shorter range)
_COMPLETIONS: dict[int, list[np.ndarray]] = {}


def lis_completions(length: int, digits: int) -> list[np.ndarray]:
    table = _COMPLETIONS.get(length)
    if table is None or len(table) <= digits:
        table = lis_automaton().completions(lis_accepting(length), digits)
        _COMPLETIONS[length] = table
    return table


def count_with_lis(low: int, high: int, length: int) -> int:
    """Integers in [low, high] whose digits have a longest strictly increasing subsequence of ``length``."""
    if high < max(low, 1):
        return 0
    automaton, accepting = lis_automaton(), lis_accepting(length)
    table = lis_completions(length, len(str(high)))
    return automaton.count_up_to(high, accepting, table) - automaton.count_up_to(
        low - 1, accepting, table
    )


class DigitLisCounting(Environment):
    description = "How many integers in [L, R] have a longest strictly increasing digit subsequence of length K"
    answer_kind = "single_int"
    answer_example = "17"
    catalog_name = "DigitLISCounting"

    def schedule(self, difficulty):
        return {"digits": 3 + difficulty}

    def generate_instance(self, rng, sizes):
        digits = sizes["digits"]
        high = rng.randint(10 ** (digits - 1), 10**digits - 1)
        low = rng.randint(10 ** (digits - 2), high // 2)
        length = longest_increasing_digits(rng.randint(low, high))
        return {"low": low, "high": high, "length": length}

    def solve(self, instance):
        return count_with_lis(instance["low"], instance["high"], instance["length"])

    def parse(self, text, instance):
        return parse_int(text, max_digits=len(str(instance["high"])) + 2)

    def render(self, instance):
        low, high, k = instance["low"], instance["high"], instance["length"]
        return (
            "Write a positive integer in decimal without leading zeros and read its digits from left "
            "to right. Its power is the length of the longest strictly increasing subsequence of that "
            "digit string (a subsequence keeps the order of the digits but may skip some). For example, "
            "the power of 1324 is 3 (the subsequence 1 2 4), the power of 7 is 1, and the power of 5511 is 1.\n"
            f"How many integers N with {low} <= N <= {high} have power exactly K = {k}?\n"
            "Answer with the exact count, a single integer."
        )
