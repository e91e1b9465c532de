"""DoublingSubtractionStepSum: sum over 1 <= i, j <= N of the step count of a doubling game.

The game: while a != b, the larger of (a, b) gives the smaller as many as it has (the larger
loses the smaller's value, the smaller doubles); f(a, b) counts the steps, and 0 if it never
stops. The sum s = a + b never changes and the first number goes a -> 2a (mod s) at every step,
so the game stops after k steps exactly when 2^k * a = s/2 (mod s). With g = gcd(a, b) this has
a solution iff (a + b) / g is a power of two 2^t, and then k = t - 1. Summing over the gcd g and
the coprime, necessarily odd, pairs with a + b = 2^t gives an O(sqrt(N) log N) reference: the
scaled-down bound m = N // g takes O(sqrt N) values, and for each power P = 2^t the number of
odd a with a <= m and P - a <= m has a closed form in m, evaluated with numpy over all values.

Difficulty schedule (N drawn from [5, max_n]):

    d         0     1     2     3      5      10      20          d
    max_n  1280  2500  4320  6860  14580  54880  276480   20 * (d + 4)^3

(With N from [5, 10] at level 0 one answer took 36% of the seeds; with N <= 160 a level held
too few distinct problems, as the answer depends on N alone.)
"""

from __future__ import annotations

from math import gcd, isqrt

import numpy as np

from rlve_gym import Environment


def doubling_game_steps(a: int, b: int) -> int:
    """f(a, b) from the closed form: t - 1 if (a + b) / gcd(a, b) = 2^t, else 0 (never stops)."""
    ratio = (a + b) // gcd(a, b)
    if ratio & (ratio - 1):
        return 0
    return ratio.bit_length() - 2


def _scaled_bounds(n: int) -> tuple[np.ndarray, np.ndarray]:
    """The distinct values m of n // g for g = 1..n, and how many g give each."""
    root = isqrt(n)
    small_g = n // np.arange(1, root + 1, dtype=np.int64)  # g <= root: one g per value
    small_m = np.arange(1, n // (root + 1) + 1, dtype=np.int64)  # values of n // g for g > root
    upper = np.minimum(n // small_m, n)
    lower = np.maximum(n // (small_m + 1), root)
    counts = np.maximum(upper - lower, 0)
    return np.concatenate([small_g, small_m]), np.concatenate([np.ones(root, np.int64), counts])


def doubling_step_sum(n: int) -> int:
    """sum_{1 <= i, j <= n} f(i, j): pairs (g*a, g*b) with a, b odd and a + b = 2^t, grouped by
    m = n // g; f is t - 1 for them."""
    if n < 2:
        return 0
    bounds, weights = _scaled_bounds(n)
    total = 0
    t = 2
    while (1 << t) <= 2 * n:
        power = 1 << t
        half = power // 2
        # odd a with max(1, P - m) <= a <= min(m, P - 1): all P/2 of them once m >= P - 1
        odd_count = np.where(
            bounds >= power - 1, half, np.where(bounds >= half, bounds - half + (bounds & 1), 0)
        )
        total += (t - 1) * int(np.dot(odd_count, weights))
        t += 1
    return total


class DoublingSubtractionStepSum(Environment):
    description = (
        "Sum of the step counts of a doubling/subtracting game over all start pairs up to N"
    )
    answer_kind = "single_int"
    answer_example = "37"
    catalog_name = "SumPseudoEuclidean"

    def schedule(self, difficulty):
        return {"max_n": 20 * (difficulty + 4) ** 3}

    def generate_instance(self, rng, sizes):
        return {"n": rng.randint(5, sizes["max_n"])}

    def solve(self, instance):
        return doubling_step_sum(instance["n"])

    def render(self, instance):
        n = instance["n"]
        return (
            "For positive integers a and b, define f(a, b) by this procedure:\n"
            "    steps = 0\n"
            "    while a != b:\n"
            "        if a > b: (a, b) = (a - b, 2 * b)\n"
            "        else:     (a, b) = (2 * a, b - a)\n"
            "        steps = steps + 1\n"
            "    f(a, b) = steps\n"
            "If the loop never ends for a pair (a, b), then f(a, b) = 0. For example f(3, 5) = 2 "
            "((3, 5) -> (6, 2) -> (4, 4)) and f(1, 2) = 0 (it cycles forever).\n"
            f"Compute the sum of f(i, j) over all pairs of integers with 1 <= i <= {n} and "
            f"1 <= j <= {n}.\n"
            "Answer with the exact sum (an integer), e.g. 37."
        )
