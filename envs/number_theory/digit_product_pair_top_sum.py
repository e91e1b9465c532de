"""DigitProductPairTopSum: with f(x) the product of the decimal digits of x and
g(a, b) = #{(x, y) : 1 <= x, y <= N, f(x) = a, f(y) = b}, the sum of the K largest values
of g(a, b) over all 1 <= a, b <= N.

g(a, b) = c(a) * c(b) with c(a) = #{x <= N : f(x) = a}. Only 7-smooth a (products of digits
1..9) have c(a) > 0, so a digit DP over the decimal digits of N, keyed by the running product
(pruned above N), gives every c(a). The K largest pairwise products of the sorted counts come
from a heap that advances one row at a time, O(K log) after the DP.

Difficulty schedule (N drawn from [12, max_n], K from [2, min(N, max_k)]):

    d        0    1    2     3      5       10        20            d
    max_n  192  972  3072  7500  28812  248832  2811072   12 * (d + 2)^4
    max_k    5   10   15    20     30      55      105   5 + 5d

N >= 12 and K >= 2 keep the answer above 1 (11 already has digit product 1, like 1). The
bound starts at 192: with 12 * (d + 1)^4, N was always 12 at level 0 (four distinct answers).
"""

from __future__ import annotations

import heapq
from collections import Counter

from rlve_gym import Environment


def digit_product_counts(n: int) -> dict[int, int]:
    """{a: #{1 <= x <= n : product of the digits of x = a}} for the products 1 <= a <= n."""
    digits = [int(ch) for ch in str(n)]
    below: Counter[int] = Counter()  # numbers already known to be < n (shorter ones included)
    tight_product = 1  # the prefix of n itself, while it has no zero digit
    for position, limit in enumerate(digits):
        grown: Counter[int] = Counter()
        for product, count in below.items():
            for digit in range(1, 10):
                if product * digit <= n:
                    grown[product * digit] += count
        if position > 0:  # a shorter number starts here: any first digit
            for digit in range(1, 10):
                grown[digit] += 1
        if tight_product:
            for digit in range(1, limit):
                if tight_product * digit <= n:
                    grown[tight_product * digit] += 1
            tight_product = tight_product * limit if tight_product * limit <= n else 0
        below = grown
    if tight_product:
        below[tight_product] += 1
    return dict(below)


def top_pair_product_sum(counts: list[int], k: int) -> int:
    """Sum of the k largest c_i * c_j over ordered pairs (zeros fill in past the non-zero ones)."""
    values = sorted((c for c in counts if c > 0), reverse=True)
    if not values:
        return 0
    heap = [(-values[i] * values[0], i, 0) for i in range(len(values))]
    heapq.heapify(heap)
    total = 0
    for _ in range(min(k, len(values) ** 2)):
        negative, i, j = heapq.heappop(heap)
        total -= negative
        if j + 1 < len(values):
            heapq.heappush(heap, (-values[i] * values[j + 1], i, j + 1))
    return total


class DigitProductPairTopSum(Environment):
    description = (
        "Sum of the K largest pair counts g(a, b) of numbers up to N with digit products a and b"
    )
    answer_kind = "single_int"
    answer_example = "40"
    catalog_name = "GoldWashing"

    def schedule(self, difficulty):
        return {"max_n": 12 * (difficulty + 2) ** 4, "max_k": 5 + 5 * difficulty}

    def generate_instance(self, rng, sizes):
        n = rng.randint(12, sizes["max_n"])
        return {"n": n, "k": rng.randint(2, min(n, sizes["max_k"]))}

    def solve(self, instance):
        counts = digit_product_counts(instance["n"])
        return top_pair_product_sum(list(counts.values()), instance["k"])

    def render(self, instance):
        n, k = instance["n"], instance["k"]
        return (
            "Let f(x) be the product of the decimal digits of a positive integer x (f(123) = 6, "
            "f(205) = 0).\n"
            "For integers a and b, let g(a, b) be the number of ordered pairs (x, y) of integers "
            f"with 1 <= x <= {n}, 1 <= y <= {n}, f(x) = a and f(y) = b.\n"
            f"Consider the {n} * {n} values g(a, b) for all 1 <= a <= {n} and 1 <= b <= {n} "
            "(each pair (a, b) gives one value, zeros included), sorted from largest to "
            f"smallest. What is the sum of the first {k} values in this order?\n"
            "Answer with the sum only, e.g. 40."
        )
