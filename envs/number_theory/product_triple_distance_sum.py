"""ProductTripleDistanceSum: sum over k in [A, B] of (|x| + |y| + |z|)^2 over all integer triples
with x * y * z = k.

For k > 0 a triple is a positive triple (a, b, c) with a*b*c = k and an even number of minus
signs (4 sign patterns), so the sum is 4 * (S(B) - S(A - 1)) with S(n) = sum over a*b*c <= n of
(a + b + c)^2 = 3 * sum a^2 + 6 * sum a*b by symmetry. Both pieces are sums over floor quotients:
sum_a a^2 * D(n / a), with D(m) the number of pairs b*c <= m, and sum_c Q(n / c) with
Q(m) = sum_{a*b <= m} a*b = sum_a a * T(m / a), T(x) = x(x+1)/2. The reference costs about
O(n^(2/3)): small quotients come from divisor-count tables, the few large ones from
one vectorised batch of hyperbola sums (all values stay far below 2^63).

Difficulty schedule (A <= B drawn from [1, max_b]):

    d       0    1    2    3     5     10     20         d
    max_b  40  135  320  625  1715  8640  53240   5 * (d + 2)^3

Level 0 starts at B <= 40: with B <= 5 there were 15 distinct problems.

The answer is at least 4 * 9 = 36 (k = 1 alone: the triples (+-1, +-1, +-1) with product 1).
"""

from __future__ import annotations

import math

import numpy as np

from rlve_gym import Environment
from rlve_gym.kernels.number_theory import floor_quotient_blocks


def _triangle(x: int) -> int:
    return x * (x + 1) // 2


def _square_pyramid(x: int) -> int:
    return x * (x + 1) * (2 * x + 1) // 6


def _large_quotient_sums(quotients: np.ndarray) -> tuple[list[int], list[int]]:
    """(D(q), Q(q)) for each q, by the hyperbola method, all quotients in one numpy pass.

    D(q) = #{a*b <= q} = 2 * sum_{a<=r} floor(q/a) - r^2 and Q(q) = sum of a*b over those pairs
    = 2 * sum_{a<=r} a * T(q/a) - T(r)^2, with r = isqrt(q): pairs with a <= r or b <= r,
    counted twice when both. Each term stays below q^2, far from 2^63 at the sizes drawn.
    """
    roots = np.array([math.isqrt(int(q)) for q in quotients], dtype=np.int64)
    a = np.arange(1, int(roots.max()) + 1, dtype=np.int64)
    inside = a[None, :] <= roots[:, None]
    per_a = quotients[:, None] // a[None, :]
    counts = 2 * np.sum(np.where(inside, per_a, 0), axis=1) - roots * roots
    products = 2 * np.sum(np.where(inside, a * (per_a * (per_a + 1) // 2), 0), axis=1)
    return counts.tolist(), [
        int(p) - _triangle(int(r)) ** 2 for p, r in zip(products, roots, strict=True)
    ]


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
    blocks = list(floor_quotient_blocks(n))
    quotients = np.array([n // lo for lo, _ in blocks], dtype=np.int64)
    large = quotients >= len(pair_counts)  # the first blocks: q above the tables
    pairs = pair_counts[np.minimum(quotients, len(pair_counts) - 1)].tolist()
    pair_product = pair_products[np.minimum(quotients, len(pair_counts) - 1)].tolist()
    if large.any():
        top = int(np.count_nonzero(large))
        pairs[:top], pair_product[:top] = _large_quotient_sums(quotients[:top])
    squares = 0
    products = 0
    for (lo, hi), count, product in zip(blocks, pairs, pair_product, strict=True):
        squares += (_square_pyramid(hi) - _square_pyramid(lo - 1)) * count
        products += (hi - lo + 1) * product
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
        return {"max_b": 5 * (difficulty + 2) ** 3}

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
