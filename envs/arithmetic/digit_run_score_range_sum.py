"""DigitRunScoreRangeSum: sum over L <= x <= R of a score of the runs of equal digits of x.

Split the decimal digits of x (no leading zeros) into maximal runs of equal digits; each run of
length k made of digit c scores c * k^2, and score(x) is the sum over its runs (score(3) = 3,
score(1223) = 1 + 2*4 + 3 = 12, score(7770) = 7*9 + 0 = 63). The answer is the exact integer
score(L) + score(L + 1) + ... + score(R).

The range holds up to 10^digits numbers, so adding scores one by one is hopeless after a few
levels; the reference solver counts instead. Since k^2 = 1 + 3 + ... + (2k - 1), score(x) is
the sum over positions of the digit times (2j - 1), where j is the position's place within its
run. For numbers that share a fixed prefix followed by t free digits, the free digits contribute
45 * A(t) + 2 * c * k * (10^t - 1) / 9, with A(t) a sum over (position, run place) that depends
on t only and (c, k) the digit and length of the prefix's last run; F(X) = score(1) + ... +
score(X) is assembled from the O(10 * digits) prefixes that split the numbers up to X, and the
answer is F(R) - F(L - 1).

Difficulty schedule (R drawn with exactly `digits` digits, L from [1, R - 1]):

    d         0   1   2   3   4  ...  10  ...  20  ...  d
    digits    2   3   3   4   4  ...   7  ...  12  ...  2 + (d + 1) // 2

R gains a digit every other level, multiplying the range by ten: counting by position and run
is needed from level 1 on, with one more position to handle per two levels. Level 0 sums the
scores of at most 98 two-digit numbers.
"""

from __future__ import annotations

from rlve_gym import Environment
from rlve_gym.answers import parse_int


def run_score(x: int) -> int:
    """Sum over the maximal runs of equal decimal digits of x of digit * length^2."""
    s = str(x)
    total, start = 0, 0
    for i in range(1, len(s) + 1):
        if i == len(s) or s[i] != s[start]:
            total += int(s[start]) * (i - start) ** 2
            start = i
    return total


def free_place_sums(max_free: int) -> list[int]:
    """A(t) for t = 0..max_free: over the positions j of a string of t digits and the strings whose
    digit j is one fixed value, the total of (2 * place - 1), where place is the length of the run
    of equal digits ending at j inside the string. Place m < j needs the m digits ending at j
    equal and the one before different (9 * 10^(t-m-1) strings), place j needs the first j
    digits equal (10^(t-j) strings). A(t) is the same for every digit value, so t free digits
    contribute 45 * A(t), plus a correction when they continue the prefix's last run."""
    sums = []
    for t in range(max_free + 1):
        total = 0
        for j in range(1, t + 1):
            total += sum(9 * 10 ** (t - m - 1) * (2 * m - 1) for m in range(1, j))
            total += 10 ** (t - j) * (2 * j - 1)
        sums.append(total)
    return sums


def score_prefix_sum(x: int, place_sums: list[int]) -> int:
    """score(1) + score(2) + ... + score(x) for x >= 0."""
    if x <= 0:
        return 0
    digits = [int(ch) for ch in str(x)]
    n = len(digits)

    def block(prefix_score: int, last: int, run: int, free: int) -> int:
        """Sum of scores over a fixed prefix followed by ``free`` arbitrary digits."""
        ones = (10**free - 1) // 9
        return 10**free * prefix_score + 45 * place_sums[free] + 2 * last * run * ones

    total = 0
    for length in range(1, n):  # all numbers with fewer digits
        for first in range(1, 10):
            total += block(first, first, 1, length - 1)
    prefix_score, last, run = 0, -1, 0
    for p, limit in enumerate(digits):
        for v in range(1 if p == 0 else 0, limit):
            k = run + 1 if v == last else 1
            total += block(prefix_score + v * (2 * k - 1), v, k, n - p - 1)
        run = run + 1 if limit == last else 1
        prefix_score += limit * (2 * run - 1)
        last = limit
    return total + prefix_score  # x itself


def range_run_score(low: int, high: int) -> int:
    place_sums = free_place_sums(len(str(high)))
    return score_prefix_sum(high, place_sums) - score_prefix_sum(low - 1, place_sums)


class DigitRunScoreRangeSum(Environment):
    description = (
        "Sum over x in [L, R] of the runs-of-equal-digits score (digit times run length squared)"
    )
    answer_kind = "single_int"
    answer_example = "-6"
    catalog_name = "CapitalCityEffect"

    def schedule(self, difficulty):
        return {"digits": 2 + (difficulty + 1) // 2}

    def generate_instance(self, rng, sizes):
        digits = sizes["digits"]
        high = rng.randint(10 ** (digits - 1), 10**digits - 1)
        return {"low": rng.randint(1, high - 1), "high": high}

    def solve(self, instance):
        return range_run_score(instance["low"], instance["high"])

    def render(self, instance):
        low, high = instance["low"], instance["high"]
        return (
            "For a positive integer x, split its decimal digits (written without leading zeros) "
            "into maximal runs of equal consecutive digits. A run of k copies of digit c scores "
            "c * k^2, and score(x) is the total over all runs of x. For example, "
            "score(1223) = 1*1 + 2*4 + 3*1 = 12, score(7770) = 7*9 + 0*1 = 63 and score(5) = 5.\n"
            f"Compute score({low}) + score({low + 1}) + ... + score({high}), the sum of score(x) "
            f"over all integers x with {low} <= x <= {high}.\n"
            "Answer with that integer only."
        )

    def parse(self, text, instance):
        return parse_int(text, max_digits=2 * len(str(instance["high"])) + 6)
