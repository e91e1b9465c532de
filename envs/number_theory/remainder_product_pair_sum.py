"""RemainderProductPairSum: sum of (N mod i) * (M mod j) over 1 <= i <= N, 1 <= j <= M, i != j.

Without the i != j condition the sum factors into R(N) * R(M) with R(n) = sum_i (n mod i) =
n^2 - sum_i i * floor(n/i); the excluded diagonal is sum_{i <= min(N, M)} (N - i*floor(N/i)) *
(M - i*floor(M/i)), a polynomial in i on every block where both quotients are constant. The
reference therefore runs in O(sqrt(N) + sqrt(M)) with exact integers.

Difficulty schedule (N and M drawn from [5, max_n]):

    d       0    1    2     3     5      10      20             d
    max_n  80  270  640  1250  3430  17280  106480   10 * (d + 2)^3

Level 0 starts at N, M <= 80: with N, M <= 10 there were 36 distinct problems.

N, M >= 5 keeps the sum positive (N = M = 3 would give 0).
"""

from __future__ import annotations

from rlve_gym import Environment


def _triangle(x: int) -> int:
    return x * (x + 1) // 2


def _square_pyramid(x: int) -> int:
    return x * (x + 1) * (2 * x + 1) // 6


def remainder_sum(n: int) -> int:
    """sum_{i=1..n} (n mod i) = n^2 - sum_i i * floor(n/i), over blocks of constant floor(n/i)."""
    total, lo = 0, 1
    while lo <= n:
        q = n // lo
        hi = n // q
        total += q * (_triangle(hi) - _triangle(lo - 1))
        lo = hi + 1
    return n * n - total


def remainder_product_pair_sum(n: int, m: int) -> int:
    """sum over 1 <= i <= n, 1 <= j <= m, i != j of (n mod i) * (m mod j).

    The loops walk the blocks of constant quotients inline (rather than through the shared
    ``floor_quotient_blocks`` generator): this is the whole cost of generation.
    """
    diagonal, lo, top = 0, 1, min(n, m)
    while lo <= top:
        qn, qm = n // lo, m // lo
        hi = min(n // qn, m // qm)
        # (n - qn*i)(m - qm*i) = n*m - (n*qm + m*qn)*i + qn*qm*i^2
        diagonal += (
            n * m * (hi - lo + 1)
            - (n * qm + m * qn) * (_triangle(hi) - _triangle(lo - 1))
            + qn * qm * (_square_pyramid(hi) - _square_pyramid(lo - 1))
        )
        lo = hi + 1
    return remainder_sum(n) * remainder_sum(m) - diagonal


class RemainderProductPairSum(Environment):
    description = "Sum of (N mod i) * (M mod j) over all pairs i <= N, j <= M with i != j"
    answer_kind = "single_int"
    answer_example = "118"
    catalog_name = "SumMOD"

    def schedule(self, difficulty):
        return {"max_n": 10 * (difficulty + 2) ** 3}

    def generate_instance(self, rng, sizes):
        return {"n": rng.randint(5, sizes["max_n"]), "m": rng.randint(5, sizes["max_n"])}

    def solve(self, instance):
        return remainder_product_pair_sum(instance["n"], instance["m"])

    def render(self, instance):
        n, m = instance["n"], instance["m"]
        return (
            f"Compute the sum of ({n} mod i) * ({m} mod j) over all pairs of integers (i, j) with "
            f"1 <= i <= {n}, 1 <= j <= {m} and i != j. Here a mod b is the remainder of a divided "
            "by b, from 0 to b - 1 (for example 17 mod 5 = 2).\n"
            "Answer with the exact sum (an integer), e.g. 118."
        )
