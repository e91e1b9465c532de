"""DivisorCountRangeSum: the sum of d(i), the number of divisors of i, over L <= i <= R.

sum_{i<=n} d(i) counts the pairs (a, b) with a*b <= n, which the hyperbola method evaluates in
O(sqrt n); the answer is D(R) - D(L - 1). The range is long enough that listing d(i) one by one
is not a shortcut at higher levels.

Difficulty schedule (R drawn from [3, max_r], L from [1, R - 2], so at least three terms are
summed and a single d(i), such as the prompt's examples d(1) and d(6), is never the question):

    d        0    1    2     3     5     10      20      d
    max_r   80  270  640  1250  3430  17280  106480   10 * (d + 2)^3

Level 0 starts at R <= 80: with R <= 10 a level held a few dozen problems and one sum was the
answer on a tenth of them.
"""

from __future__ import annotations

from rlve_gym import Environment
from rlve_gym.kernels.number_theory import divisor_summatory


def _spelled_sum(low: int, high: int) -> str:
    """d(L) + ... + d(R), writing short ranges out in full (never "d(5) + d(6) + ... + d(5)")."""
    if high - low <= 2:
        return " + ".join(f"d({i})" for i in range(low, high + 1))
    return f"d({low}) + d({low + 1}) + ... + d({high})"


class DivisorCountRangeSum(Environment):
    description = "Sum of the number-of-divisors function d(i) over L <= i <= R"
    answer_kind = "single_int"
    answer_example = "27"
    catalog_name = "Sum_DivisorNum"

    def schedule(self, difficulty):
        return {"max_r": 10 * (difficulty + 2) ** 3}

    def generate_instance(self, rng, sizes):
        high = rng.randint(3, sizes["max_r"])
        return {"low": rng.randint(1, high - 2), "high": high}

    def solve(self, instance):
        return divisor_summatory(instance["high"]) - divisor_summatory(instance["low"] - 1)

    def render(self, instance):
        low, high = instance["low"], instance["high"]
        return (
            "For a positive integer i, let d(i) be the number of positive divisors of i "
            "(for example d(1) = 1, d(6) = 4 because 6 has divisors 1, 2, 3, 6).\n"
            f"Compute {_spelled_sum(low, high)}, the sum of d(i) over all integers i "
            f"with {low} <= i <= {high}.\nAnswer with the sum only, e.g. 27."
        )
