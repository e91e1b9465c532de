"""DigitProductPairTopSum: with f(x) the product of the decimal digits of x and
g(a, b) = #{(x, y) : 1 <= x, y <= N, f(x) = a, f(y) = b}, the sum of the K largest values
of g(a, b) over all 1 <= a, b <= N.

g(a, b) = c(a) * c(b) with c(a) = #{x <= N : f(x) = a}. Only 7-smooth a (products of digits
1..9) have c(a) > 0, so a digit DP over the decimal digits of N, keyed by the running product,
gives every c(a); the counts for free digit strings do not depend on N and are cached. The K largest pairwise products of the sorted counts come
from a heap that advances one row at a time, O(K log) after the DP.

Difficulty schedule (N drawn from [12, max_n], K from [2, min(N, max_k)]):

    d        0     1     2      3      5       10        20            d
    max_n  972  3072  7500  15552  49152  342732  3358092   12 * (d + 3)^4
    max_k   10    15    20     25     35      60      110   10 + 5d

N >= 12 and K >= 2 keep the answer above 1 (11 already has digit product 1, like 1). The
bound starts at 972: with 12 * (d + 1)^4, N was always 12 at level 0 (four distinct answers),
and with N <= 192 one sum was still the answer on 7% of the seeds.
"""

from __future__ import annotations

import heapq
from functools import cache

from rlve_gym import Environment


@cache
def _free_products(length: int) -> dict[int, int]:
    """{p: how many strings of ``length`` digits from 1 to 9 have digit product p}."""
    if length == 0:
        return {1: 1}
    counts: dict[int, int] = {}
    for product, count in _free_products(length - 1).items():
        for digit in range(1, 10):
            counts[product * digit] = counts.get(product * digit, 0) + count
    return counts


@cache
def _shorter_products(length: int) -> dict[int, int]:
    """The same counts for all numbers with fewer than ``length`` digits (no digit 0)."""
    counts: dict[int, int] = {}
    for shorter in range(1, length):
        for product, count in _free_products(shorter).items():
            counts[product] = counts.get(product, 0) + count
    return counts


def digit_product_counts(n: int) -> dict[int, int]:
    """{a: #{1 <= x <= n : product of the digits of x = a}} for the products 1 <= a <= n.

    Numbers with fewer digits than n, and those that first drop below n's digit at position i
    (any smaller non-zero digit there, then free digits), come from the n-independent tables
    above; only the prefix of n itself is walked.
    """
    digits = [int(ch) for ch in str(n)]
    counts = dict(_shorter_products(len(digits)))
    tight_product = 1  # the prefix of n itself, while it has no zero digit
    for position, limit in enumerate(digits):
        free = _free_products(len(digits) - position - 1)
        for digit in range(1, limit):
            head = tight_product * digit
            for product, count in free.items():
                counts[head * product] = counts.get(head * product, 0) + count
        tight_product *= limit
        if not tight_product:
            break
    if tight_product:
        counts[tight_product] = counts.get(tight_product, 0) + 1
    return {a: c for a, c in counts.items() if a <= n}


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
        return {"max_n": 12 * (difficulty + 3) ** 4, "max_k": 10 + 5 * difficulty}

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
