"""SumDividesProductPairCount: pairs 1 <= a < b <= N for which a + b divides a * b.

With g = gcd(a, b), a = g*x, b = g*y (x < y coprime): x + y is coprime to x*y, so a + b | a*b
exactly when (x + y) | g. Writing g = t * (x + y), the pair is (t x (x+y), t y (x+y)), and the
count is the sum over coprime x < y with y(x + y) <= N of floor(N / (y (x + y))): about N / 4
gcd evaluations, instead of N^2 / 2 pairs.

Difficulty schedule (N drawn from [12, max_n]; N >= 12 admits (3, 6) and (4, 12)):

    d        0     1     2     3     5      10      20       d
    max_n   800  1250  1800  2450  4050  9800   28800   50 * (d + 4)^2

Level 0 starts at N <= 800: with N <= 50 there were 39 distinct problems, and the count (a step
function of N) was 12 on a sixth of the seeds.
"""

from __future__ import annotations

import math

from rlve_gym import Environment


def sum_divides_product_pairs(n: int) -> int:
    total = 0
    y = 2
    while y * (y + 1) <= n:
        for x in range(1, y):
            block = y * (x + y)
            if block > n:
                break
            if math.gcd(x, y) == 1:
                total += n // block
        y += 1
    return total


class SumDividesProductPairCount(Environment):
    description = "Number of pairs a < b <= N such that a + b divides a * b"
    answer_kind = "single_int"
    answer_example = "11"
    catalog_name = "AddMultiple_Divisible_Counting"

    def schedule(self, difficulty):
        return {"max_n": 50 * (difficulty + 4) ** 2}

    def generate_instance(self, rng, sizes):
        return {"n": rng.randint(12, sizes["max_n"])}

    def solve(self, instance):
        return sum_divides_product_pairs(instance["n"])

    def render(self, instance):
        n = instance["n"]
        return (
            f"Count the pairs of integers (a, b) with 1 <= a < b <= {n} such that a + b divides a * b "
            "(for example (3, 6) counts: 9 divides 18).\nAnswer with the count only, e.g. 11."
        )
