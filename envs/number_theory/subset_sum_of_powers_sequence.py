"""SubsetSumOfPowersSequence: the N-th smallest positive sum of distinct powers of K.

Sums of distinct powers K^0, K^1, ... are exactly the numbers whose base-K digits are all 0 or
1; ordering them matches ordering those digit strings as binary numbers. So the N-th one is N
written in binary and read in base K. Answers are exact integers (about log2(N) * log10(K)
digits).

Difficulty schedule (N drawn from [9, max_n], K from [3, max_base]; the prompt lists the first
eight terms for K = 3 as an illustration, so N >= 9 keeps the answer out of it):

    d          0    1    2     3     5      10      20      d
    max_n      290  660  1270  2180  5140   21990  121690   20 + 10 * (d + 3)^3
    max_base   5    6    7     8    10      15      25    5 + d

Level 0 starts at N <= 290 and K <= 5: with N <= 30 and K = 3 there were 22 distinct problems.
The prompt's example answer 2 is never a sum of distinct powers of a K >= 3.
"""

from __future__ import annotations

from rlve_gym import Environment


def nth_sum_of_distinct_powers(n: int, base: int) -> int:
    """N's binary digits read in base K (any K >= 2; int(text, K) stops at K = 36)."""
    return sum(base**position for position in range(n.bit_length()) if n >> position & 1)


class SubsetSumOfPowersSequence(Environment):
    description = "N-th smallest positive integer that is a sum of distinct powers of K"
    answer_kind = "single_int"
    answer_example = "2"
    catalog_name = "SubsetSumSequence"

    def schedule(self, difficulty):
        return {"max_n": 20 + 10 * (difficulty + 3) ** 3, "max_base": 5 + difficulty}

    def generate_instance(self, rng, sizes):
        return {"n": rng.randint(9, sizes["max_n"]), "base": rng.randint(3, sizes["max_base"])}

    def solve(self, instance):
        return nth_sum_of_distinct_powers(instance["n"], instance["base"])

    def render(self, instance):
        n, k = instance["n"], instance["base"]
        return (
            f"Consider all positive integers that can be written as a sum of distinct powers of {k} "
            f"(each of {k}^0 = 1, {k}^1, {k}^2, ... used at most once). Sorted increasingly, for K = 3 "
            f"they begin 1, 3, 4, 9, 10, 12, 13, 27, ... What is the N-th smallest such integer for "
            f"N = {n} and K = {k}? (The list starts with the 1st, so N = 1 gives 1.)\nAnswer with the integer only, e.g. 2."
        )
