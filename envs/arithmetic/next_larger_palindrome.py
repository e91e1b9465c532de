"""NextLargerPalindrome: the smallest palindromic number strictly greater than N.

A palindromic number reads the same forwards and backwards in decimal (no leading zeros). The
answer is unique. Besides uniformly random N, the generator mixes in the cases that trip up
mirroring by hand: N itself a palindrome (the answer is the next one, not N), N whose left half
ends in 9s (raising the middle carries leftward), and N = 99...9 (the answer has one digit
more). Each kind is drawn with a fixed probability, so no single answer dominates a level.

Difficulty schedule (decimal digits of N):

    d          0   1   2   3  ...  10  ...  20  ...  d
    digits     4   5   6   7  ...  14  ...  24  ...  4 + d

One more digit per level: longer halves to mirror and compare, and longer carries. Level 0
starts at four digits: with three there are only 90 possible answers, and one of them (707)
was right on 5.5% of the seeds.
"""

from __future__ import annotations

from rlve_gym import Environment
from rlve_gym.answers import parse_int

#: probabilities of the instance kinds (the rest are uniformly random numbers)
PALINDROME_SHARE = 0.2
CARRY_SHARE = 0.25
ALL_NINES_SHARE = 0.02


def next_palindrome(n: int) -> int:
    """Smallest palindrome > n (n >= 0): mirror the left half, raising it by one if needed."""
    s = str(n)
    length = len(s)
    if set(s) == {"9"}:
        return 10**length + 1
    left = s[: (length + 1) // 2]
    candidate = left + left[: length // 2][::-1]
    if int(candidate) > n:
        return int(candidate)
    left = str(int(left) + 1)  # cannot gain a digit: n is not all nines
    return int(left + left[: length // 2][::-1])


def random_digits(rng, count: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(count))


class NextLargerPalindrome(Environment):
    description = "Smallest palindromic number strictly greater than N"
    answer_kind = "single_int"
    answer_example = "7"
    catalog_name = "NextPalindromic"

    def schedule(self, difficulty):
        return {"digits": 4 + difficulty}

    def generate_instance(self, rng, sizes):
        digits = sizes["digits"]
        half = (digits + 1) // 2
        kind = rng.random()
        if kind < ALL_NINES_SHARE:
            n = 10**digits - 1
        elif kind < ALL_NINES_SHARE + PALINDROME_SHARE:
            left = str(rng.randint(10 ** (half - 1), 10**half - 1))
            n = int(left + left[: digits // 2][::-1])
        elif kind < ALL_NINES_SHARE + PALINDROME_SHARE + CARRY_SHARE:
            nines = rng.randint(1, max(1, half - 1))
            head = str(rng.randint(1, 8)) + random_digits(rng, half - 1 - nines)
            left = head + "9" * nines
            mirror = left[: digits // 2][::-1]
            # a right half above the mirrored one forces the carry (redrawn right half if possible)
            right = mirror
            for _ in range(20):
                right = random_digits(rng, digits // 2)
                if right > mirror:
                    break
            n = int(left + right)
        else:
            n = rng.randint(10 ** (digits - 1), 10**digits - 1)
        return {"n": n}

    def solve(self, instance):
        return next_palindrome(instance["n"])

    def render(self, instance):
        return (
            "A palindromic number is a positive integer whose decimal digits read the same "
            "forwards and backwards (for example 7, 44, 121 and 90509).\n"
            f"Find the smallest palindromic number that is strictly greater than {instance['n']}.\n"
            "Answer with that number only."
        )

    def parse(self, text, instance):
        return parse_int(text, max_digits=len(str(instance["n"])) + 2)
