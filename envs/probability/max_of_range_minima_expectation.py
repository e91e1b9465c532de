"""MaxOfRangeMinimaExpectation: expected largest interval minimum of a random array, modulo a prime.

An array A[1..N] has entries drawn independently and uniformly from 1..X. Q intervals [L, R] are
given; each has a minimum min(A[L..R]), and the answer is the expected value of the largest of
these Q minima, a rational number (its denominator divides X^N) asked modulo a prime M as
a * b^(-1) mod M.

Solver. E[max] = sum over v = 1..X of P(max >= v) = sum of (1 - P(every interval holds an entry
below v)). For one v call an entry small when it is below v (probability p = (v - 1) / X). An
interval containing another one is hit whenever the inner one is, so for each position j only
the largest left end lim(j) among intervals ending before j matters. With h(j) = P(entry j is
small and every interval inside [1, j] holds a small entry), h(j) = p * sum over the previous
small position i >= lim(j) (i = 0 standing for "none") of h(i) (1 - p)^(j - 1 - i), a window sum
that slides as lim grows; the answer for v is the same sum taken at j = N + 1 without the factor
p. O(N) per v, O(N X) in all, in modular arithmetic. The tests check it against the average over
all X^N arrays with exact fractions.

Instances: Q intervals with uniformly random ends, redrawn (a bounded number of times, then two
intervals at the two ends of the array are used) until at least two distinct intervals contain
no other one: otherwise the answer is often the mean of a single minimum, and with one interval
[i, i] it is (X + 1) / 2, a value that came up on 6-7% of the instances. The prime is drawn from
``COUNTING_PRIMES``.

Difficulty schedule (X uniform in [2, max_value], Q uniform in [2, max_intervals]):

    d               0   1   2   3  ...  10  ...  20  ...  d
    length          5   6   7   8  ...  15  ...  25  ...  5 + d
    max_value       4   5   5   6  ...   9  ...  14  ...  4 + d // 2
    max_intervals   3   3   4   4  ...   7  ...  12  ...  3 + d // 2

Level 0 is an array of five entries with values up to 4 and at most three intervals: listing
the arrays is already out of reach by hand (up to 4^5 of them), the threshold argument is short.
Longer arrays, more values and more intervals make every part of it longer.
"""

from __future__ import annotations

from rlve_gym.kernels.combinatorics import choose_prime

from ._modular_expectation import ModularFractionEnvironment, fraction_sentence

#: interval sets drawn before falling back to two disjoint-ended ones
REDRAWS = 20


def innermost(intervals: list[list[int]]) -> set[tuple[int, int]]:
    """The distinct intervals that contain no other given interval (only they can hold the
    largest minimum: an interval containing another has a minimum no larger)."""
    unique = {tuple(iv) for iv in intervals}
    return {
        (a, b)
        for a, b in unique
        if not any((c, d) != (a, b) and a <= c and d <= b for c, d in unique)
    }


def expected_max_of_minima(length: int, top: int, intervals: list[list[int]], prime: int) -> int:
    """E[max over intervals of min A[L..R]] modulo ``prime``, entries uniform in 1..top."""
    # lim[j]: largest left end of an interval ending at or before j - 1 (0 when none), j = 1..N+1
    ending_at = [0] * (length + 2)
    for left, right in intervals:
        ending_at[right + 1] = max(ending_at[right + 1], left)
    lim = [0] * (length + 2)
    for j in range(1, length + 2):
        lim[j] = max(lim[j - 1], ending_at[j])
    inverse_top = pow(top, prime - 2, prime)
    answer = 0
    for v in range(1, top + 1):
        small = (v - 1) * inverse_top % prime
        large = (1 - small) % prime
        powers = [1] * (length + 2)
        for i in range(1, length + 2):
            powers[i] = powers[i - 1] * large % prime
        hit = [0] * (length + 2)
        hit[0] = 1
        window, first = 0, 0  # window = sum_{first <= i <= j - 1} hit[i] * large^(j - 1 - i)
        for j in range(1, length + 2):
            window = (window * large + hit[j - 1]) % prime
            while first < lim[j]:
                window = (window - hit[first] * powers[j - 1 - first]) % prime
                first += 1
            if j <= length:
                hit[j] = small * window % prime
        all_hit = window
        answer = (answer + 1 - all_hit) % prime
    return answer


class MaxOfRangeMinimaExpectation(ModularFractionEnvironment):
    description = (
        "Expected largest of the interval minima of a uniformly random array, modulo a prime"
    )
    catalog_name = "MaxRMQExpectation"

    def schedule(self, difficulty):
        return {
            "length": 5 + difficulty,
            "max_value": 4 + difficulty // 2,
            "max_intervals": 3 + difficulty // 2,
        }

    def generate_instance(self, rng, sizes):
        n = sizes["length"]
        for _ in range(REDRAWS):
            intervals = []
            for _ in range(rng.randint(2, sizes["max_intervals"])):
                left, right = sorted((rng.randint(1, n), rng.randint(1, n)))
                intervals.append([left, right])
            if len(innermost(intervals)) >= 2:
                break
        else:
            intervals = [[1, rng.randint(1, n - 1)], [rng.randint(2, n), n]]
        return {
            "length": n,
            "max_value": rng.randint(2, sizes["max_value"]),
            "intervals": intervals,
            "modulus": choose_prime(rng),
        }

    def solve(self, instance):
        return expected_max_of_minima(
            instance["length"], instance["max_value"], instance["intervals"], instance["modulus"]
        )

    def render(self, instance):
        n, x, intervals = instance["length"], instance["max_value"], instance["intervals"]
        listed = "\n".join(f"[{left}, {right}]" for left, right in intervals)
        return (
            f"An array A[1], A[2], ..., A[{n}] is filled at random: each entry is drawn "
            f"independently and uniformly from the integers 1 to {x} (so all {x}^{n} arrays are "
            f"equally likely). Here are {len(intervals)} intervals [L, R] (1 <= L <= R <= {n}):\n"
            f"{listed}\n\n"
            "For each interval, take the minimum of A[L], A[L + 1], ..., A[R]; then take the "
            "largest of these minima. What is the expected value of that largest minimum?\n"
            "For example, for an array of 2 entries from 1 to 2 and the intervals [1, 1] and "
            "[1, 2], the largest minimum is A[1], whose expected value is 3/2.\n"
            f"{fraction_sentence(instance['modulus'])}\n"
            "Answer with a single integer."
        )
