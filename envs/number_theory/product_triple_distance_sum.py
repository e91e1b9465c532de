"""ProductTripleDistanceSum: sum over k in [A, B] of (|x| + |y| + |z|)^2 over all integer triples
with x * y * z = k.

For k > 0 a triple is a positive triple (a, b, c) with a*b*c = k and an even number of minus
signs (4 sign patterns), so the sum is 4 * (S(B) - S(A - 1)) with S(n) = sum over a*b*c <= n of
(a + b + c)^2 = 3 * sum a^2 + 6 * sum a*b by symmetry. Both pieces are sums over floor quotients:
sum_a a^2 * D(n / a), with D(m) the number of pairs b*c <= m, and sum_c Q(n / c) with
Q(m) = sum_{a*b <= m} a*b = sum_a a * T(m / a), T(x) = x(x+1)/2. The reference costs about
O(n^(2/3)): small quotients come from divisor-count tables, the few large ones from
vectorised hyperbola sums (all values stay far below 2^63).

Difficulty schedule (A <= B drawn from [1, max_b]):

    d       0   1    2    3    5     10     20         d
    max_b   5  40  135  320  1080  6655  46305   5 * (d + 1)^3

The answer is at least 4 * 9 = 36 (k = 1 alone: the triples (+-1, +-1, +-1) with product 1).
"""

from __future__ import annotations

import math

import numpy as np

from rlve_gym import Environment
from rlve_gym.kernels.number_theory import divisor_summatory_vectorised, floor_quotient_blocks


def _triangle(x: int) -> int:
    return x * (x + 1) // 2


def _square_pyramid(x: int) -> int:
    return x * (x + 1) * (2 * x + 1) // 6


def _pair_product_sum(m: int) -> int:
    """Q(m) = sum over positive a*b <= m of a*b, by the hyperbola method (numpy, O(sqrt m)).

    Pairs with a <= r = isqrt(m) or b <= r, counted twice when both: 2 * sum_{a<=r} a*T(m/a) - T(r)^2.
    """
    if m <= 0:
        return 0
    root = math.isqrt(m)
    a = np.arange(1, root + 1, dtype=np.int64)
    q = m // a
    return 2 * int(np.sum(a * (q * (q + 1) // 2))) - _triangle(root) ** 2


def _pair_tables(limit: int) -> tuple[np.ndarray, np.ndarray]:
    """(D, Q) for 0..limit: D[q] = #{a*b <= q}, Q[q] = sum of a*b over them (positive a, b).

    All pairs a*b <= limit are listed at once (about limit * ln(limit) of them) and binned by
    product, which gives the divisor counts d(k) without a Python loop over k.
    """
    firsts = np.arange(1, limit + 1, dtype=np.int64)
    counts = limit // firsts  # how many b go with each a
    a = np.repeat(firsts, counts)
    starts = np.repeat(np.cumsum(counts) - counts, counts)
    b = np.arange(len(a), dtype=np.int64) - starts + 1
    divisor_counts = np.bincount(a * b, minlength=limit + 1).astype(np.int64)
    pair_counts = np.cumsum(divisor_counts)
    pair_products = np.cumsum(np.arange(limit + 1, dtype=np.int64) * divisor_counts)
    return pair_counts, pair_products


def _table_limit(n: int) -> int:
    return round(n ** (2 / 3)) + 1


def positive_triple_square_sum(n: int, tables: tuple[np.ndarray, np.ndarray] | None = None) -> int:
    """S(n) = sum over positive (a, b, c) with a*b*c <= n of (a + b + c)^2 (0 for n <= 0).

    Quotients up to n^(2/3) read D and Q from tables (D(q) = sum_{k<=q} d(k) and
    Q(q) = sum_{k<=q} k*d(k), since the pairs a*b = k contribute k each); the few larger
    quotients (at most n^(1/3) of them) are summed directly. ``tables`` may be passed in from a
    larger n (they cover every q up to their length), so one build serves both ends of a range.
    """
    if n <= 0:
        return 0
    table_limit = _table_limit(n)
    if tables is None or len(tables[0]) <= table_limit:
        tables = _pair_tables(table_limit)
    pair_counts, pair_products = tables
    squares = 0
    products = 0
    for lo, hi in floor_quotient_blocks(n):
        q = n // lo
        if q < len(pair_counts):
            pairs, pair_product = int(pair_counts[q]), int(pair_products[q])
        else:
            pairs, pair_product = divisor_summatory_vectorised(q), _pair_product_sum(q)
        squares += (_square_pyramid(hi) - _square_pyramid(lo - 1)) * pairs
        products += (hi - lo + 1) * pair_product
    return 3 * squares + 6 * products


def product_triple_distance_sum(a: int, b: int) -> int:
    """sum_{k=a..b} sum over integer x*y*z = k of (|x|+|y|+|z|)^2, for 1 <= a <= b."""
    tables = _pair_tables(_table_limit(b))
    return 4 * (positive_triple_square_sum(b, tables) - positive_triple_square_sum(a - 1, tables))


class ProductTripleDistanceSum(Environment):
    description = "Sum over k in [A, B] of (|x|+|y|+|z|)^2 over the integer triples with x*y*z = k"
    answer_kind = "single_int"
    answer_example = "1380"
    catalog_name = "SumManhattan_CurvedSurface"

    def schedule(self, difficulty):
        return {"max_b": 5 * (difficulty + 1) ** 3}

    def generate_instance(self, rng, sizes):
        low = rng.randint(1, sizes["max_b"])
        return {"a": low, "b": rng.randint(low, sizes["max_b"])}

    def solve(self, instance):
        return product_triple_distance_sum(instance["a"], instance["b"])

    def render(self, instance):
        a, b = instance["a"], instance["b"]
        return (
            "For an integer k, let P(k) be the sum of (|x| + |y| + |z|)^2 over all ordered triples "
            "of integers (x, y, z), negative values allowed, with x * y * z = k. For example "
            "P(1) = 36: the four triples (1, 1, 1), (1, -1, -1), (-1, 1, -1), (-1, -1, 1) each "
            "give (1 + 1 + 1)^2 = 9.\n"
            f"Compute P({a}) + P({a + 1}) + ... + P({b}), that is, the sum of P(k) over all "
            f"integers k with {a} <= k <= {b}.\n"
            "Answer with the exact sum (an integer), e.g. 1380."
        )
