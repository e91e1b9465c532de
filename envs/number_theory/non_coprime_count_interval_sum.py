"""NonCoprimeCountIntervalSum: sum over L <= x <= R of #{1 <= k <= x : gcd(k, x) > 1}.

The inner count is x - phi(x) (Euler's totient), so the task is summing totients over an
interval that sits at large x; the reference factorises each x. R grows polynomially and the
interval length grows linearly, so a solver must factor numbers of growing size, not only more
of them.

Difficulty schedule (R drawn from [length + 1, max_r], the interval has `length` numbers):

    d        0     1      2      3       5       10        20         d
    max_r   800  4050  12800  31250  120050  1036800  11712800   50 * (d + 2)^4
    length   3     4      5      6       8       13        23      3 + d

Level 0 starts at R <= 800: with R <= 50 there were fewer than fifty distinct problems.
"""

from __future__ import annotations

from rlve_gym import Environment
from rlve_gym.kernels.number_theory import euler_phi


class NonCoprimeCountIntervalSum(Environment):
    description = "Sum over x in [L, R] of the number of k <= x with gcd(k, x) > 1"
    answer_kind = "single_int"
    answer_example = "40"
    catalog_name = "SumPHIInterval"

    def schedule(self, difficulty):
        return {"max_r": 50 * (difficulty + 2) ** 4, "length": 3 + difficulty}

    def generate_instance(self, rng, sizes):
        high = rng.randint(sizes["length"] + 1, sizes["max_r"])
        return {"low": high - sizes["length"] + 1, "high": high}

    def solve(self, instance):
        return sum(x - euler_phi(x) for x in range(instance["low"], instance["high"] + 1))

    def render(self, instance):
        low, high = instance["low"], instance["high"]
        return (
            "For a positive integer x, let c(x) be the number of integers k with 1 <= k <= x and "
            "gcd(k, x) > 1 (for example c(6) = 4, counting 2, 3, 4, 6; c(1) = 0).\n"
            f"Compute c({low}) + c({low + 1}) + ... + c({high}).\nAnswer with the sum only, e.g. 40."
        )
