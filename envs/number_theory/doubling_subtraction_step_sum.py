"""DoublingSubtractionStepSum: sum over 1 <= i, j <= N of the step count of a doubling game.

The game: while a != b, the larger of (a, b) gives the smaller as many as it has (the larger
loses the smaller's value, the smaller doubles); f(a, b) counts the steps, and 0 if it never
stops. The sum s = a + b never changes and the first number goes a -> 2a (mod s) at every step,
so the game stops after k steps exactly when 2^k * a = s/2 (mod s). With g = gcd(a, b) this has
a solution iff (a + b) / g is a power of two 2^t, and then k = t - 1. Summing over the gcd g and
the coprime, necessarily odd, pairs with a + b = 2^t gives an O(sqrt(N) log N) reference.

Difficulty schedule (N drawn from [5, max_n]):

    d       0    1    2     3     5      10      20          d
    max_n  20  160  540  1280  4320  26620  185220   20 * (d + 1)^3

(With N from [5, 10] at level 0 one answer took 36% of the seeds.)
"""

from __future__ import annotations

from math import gcd

from rlve_gym import Environment
from rlve_gym.kernels.number_theory import floor_quotient_blocks


def doubling_game_steps(a: int, b: int) -> int:
    """f(a, b) from the closed form: t - 1 if (a + b) / gcd(a, b) = 2^t, else 0 (never stops)."""
    ratio = (a + b) // gcd(a, b)
    if ratio & (ratio - 1):
        return 0
    return ratio.bit_length() - 2


def _odd_count(lo: int, hi: int) -> int:
    return max(0, (hi + 1) // 2 - lo // 2)


def coprime_step_sum(n: int) -> int:
    """sum of (t - 1) over coprime a, b in [1, n] with a + b = 2^t (both odd)."""
    total = 0
    t = 2
    while (1 << t) <= 2 * n:
        power = 1 << t
        total += (t - 1) * _odd_count(max(1, power - n), min(n, power - 1))
        t += 1
    return total


def doubling_step_sum(n: int) -> int:
    """sum_{1 <= i, j <= n} f(i, j): pairs (g*a, g*b) with gcd(a, b) = 1, grouped by n // g."""
    return sum((hi - lo + 1) * coprime_step_sum(n // lo) for lo, hi in floor_quotient_blocks(n))


class DoublingSubtractionStepSum(Environment):
    description = (
        "Sum of the step counts of a doubling/subtracting game over all start pairs up to N"
    )
    answer_kind = "single_int"
    answer_example = "37"
    catalog_name = "SumPseudoEuclidean"

    def schedule(self, difficulty):
        return {"max_n": 20 * (difficulty + 1) ** 3}

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
