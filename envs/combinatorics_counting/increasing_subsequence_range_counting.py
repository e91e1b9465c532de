"""Range-constrained increasing sequences: every position i holds 0 or a value in [L[i], R[i]],
not all positions hold 0, and the non-zero values strictly increase from left to right; count
these sequences modulo a prime.

Values are compressed into elementary segments between consecutive interval ends. Processing
the segments in increasing order, f[i] counts the ways in which position i holds the largest
non-zero value so far. When segment s (length len) is processed, position i may take its value
in s together with some earlier positions p+1..i-1 that also allow s: if c positions in (p, i]
allow s (i among them), choosing which of the others also use s and their increasing values
gives C(len + c - 1, c) ways in total, so f[i] += sum_p f[p] C(len + c_p - 1, c_p). The binomials
grow along p by the ratio (len + c - 1) / c. O(N^2) per segment, O(N^3) overall.

Difficulty schedule (L[i] <= R[i] drawn uniformly from 1 .. V; the modulus is one of the primes
above 10^8, so len + c - 1 never reaches it):

    d     0    1    2     3     5     10      20      30   ...  d
    N     3    3    4     4     5      8      13      18   ...  3 + d // 2
    V    20   90  280   650  2170  13320   92620  297920   ...  10 + 10 (d + 1)^3 (capped at 10^8)

Level 0 starts at three positions with values up to 20: two short intervals leave a few small
counts a guess hits often. N grows by one every two levels so that the O(N^3) count stays well
under a second at d = 100; the value range grows every level.
"""

from __future__ import annotations

from rlve_gym.kernels.combinatorics import COUNTING_PRIMES
from rlve_gym.modular import ModularCountEnvironment, modulus_sentence

MAX_VALUE = 10**8
LARGE_PRIMES = tuple(p for p in COUNTING_PRIMES if p > MAX_VALUE)


def count_increasing_choices(lows: list[int], highs: list[int], modulus: int) -> int:
    n = len(lows)
    cuts = sorted({v for v in lows} | {h + 1 for h in highs})
    inverse = [0] + [pow(c, modulus - 2, modulus) for c in range(1, n + 1)]
    ways = [1] + [0] * n  # ways[0]: nothing chosen yet
    for start, stop in zip(cuts, cuts[1:], strict=False):
        length = stop - start
        covers = [False] + [lows[i] <= start and stop - 1 <= highs[i] for i in range(n)]
        for last in range(n, 0, -1):
            if not covers[last]:
                continue
            users, binom, added = 1, length % modulus, 0
            for before in range(last - 1, -1, -1):
                if before + 1 != last and covers[before + 1]:
                    users += 1
                    binom = (
                        binom
                        * ((length + users - 1) % modulus)
                        % modulus
                        * inverse[users]
                        % modulus
                    )
                added += ways[before] * binom
            ways[last] = (ways[last] + added) % modulus
    return sum(ways[1:]) % modulus


class IncreasingSubsequenceRangeCounting(ModularCountEnvironment):
    description = "Number of sequences of zeros and in-range values whose non-zero entries strictly increase, modulo a prime"
    catalog_name = "RangeConstrained_IncreasingSequence_Counting"

    def schedule(self, difficulty):
        return {
            "length": 3 + difficulty // 2,
            "max_value": min(10 + 10 * (difficulty + 1) ** 3, MAX_VALUE),
        }

    def generate_instance(self, rng, sizes):
        lows, highs = [], []
        for _ in range(sizes["length"]):
            a, b = rng.randint(1, sizes["max_value"]), rng.randint(1, sizes["max_value"])
            lows.append(min(a, b))
            highs.append(max(a, b))
        return {
            "lows": lows,
            "highs": highs,
            "modulus": LARGE_PRIMES[rng.randrange(len(LARGE_PRIMES))],
        }

    def solve(self, instance):
        return count_increasing_choices(instance["lows"], instance["highs"], instance["modulus"])

    def render(self, instance):
        n = len(instance["lows"])
        bounds = "\n".join(
            f"L[{i + 1}] = {lo}, R[{i + 1}] = {hi}"
            for i, (lo, hi) in enumerate(zip(instance["lows"], instance["highs"], strict=True))
        )
        return (
            f"Count the integer sequences A[1], A[2], ..., A[N] with N = {n} such that:\n"
            "- every A[i] is either 0 or an integer with L[i] <= A[i] <= R[i];\n"
            "- at least one A[i] is non-zero;\n"
            "- the non-zero entries strictly increase from left to right (if i < j and both A[i] "
            "and A[j] are non-zero, then A[i] < A[j]).\n"
            f"The bounds are:\n{bounds}\n"
            "For example, for N = 2 with [L[1], R[1]] = [1, 2] and [L[2], R[2]] = [2, 3] there are 7 "
            "sequences: (1, 0), (2, 0), (0, 2), (0, 3), (1, 2), (1, 3), (2, 3).\n"
            f"{modulus_sentence(instance['modulus'])}\n"
            "Answer with a single integer."
        )
