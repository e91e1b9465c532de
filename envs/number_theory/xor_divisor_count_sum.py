"""XorDivisorCountSum: sum of d(i XOR j XOR X) over 0 <= i <= N, 0 <= j <= M (d(0) = 0).

[0, N] splits into O(log N) aligned blocks (one per set bit p of N + 1: a fixed prefix followed
by all 2^p low patterns), and so does [0, M]. For a block of size 2^p against one of size 2^q,
i XOR j XOR X keeps the high bits of (prefix_i XOR prefix_j XOR X) above s = max(p, q) and runs
through all 2^s low patterns, each 2^min(p, q) times. So every block pair adds
2^min(p,q) * (D(h + 2^s - 1) - D(h - 1)) with D the divisor summatory function, and the
reference costs O(log N * log M) summatory evaluations of O(sqrt) each.

Difficulty schedule (N, M drawn from [3, max_n], X from [0, max_n]):

    d        0    1     2     3      5       10       20           d
    max_n  160  810  2560  6250  24010  207360  2342560   10 * (d + 2)^4

Level 0 starts at values up to 160: up to 10, the prompt's example 152 was an answer too often.
"""

from __future__ import annotations

from rlve_gym import Environment
from rlve_gym.kernels.number_theory import divisor_summatory_vectorised


def aligned_blocks(n: int) -> list[tuple[int, int]]:
    """[0, n] as disjoint blocks (prefix, p) = {prefix, ..., prefix + 2^p - 1}, prefix a multiple of 2^p."""
    blocks = []
    end = n + 1
    for p in range(end.bit_length()):
        if end >> p & 1:
            blocks.append(((end >> (p + 1)) << (p + 1), p))
    return blocks


def xor_divisor_count_sum(n: int, m: int, x: int) -> int:
    """sum over 0 <= i <= n, 0 <= j <= m of d(i ^ j ^ x), with d(0) = 0."""
    summatory: dict[int, int] = {}  # block pairs share most endpoints: each D once

    def divisor_sum_upto(v: int) -> int:
        if v not in summatory:
            summatory[v] = divisor_summatory_vectorised(v)
        return summatory[v]

    total = 0
    for prefix_i, p in aligned_blocks(n):
        for prefix_j, q in aligned_blocks(m):
            s = max(p, q)
            high = ((prefix_i ^ prefix_j ^ x) >> s) << s
            run = divisor_sum_upto(high + (1 << s) - 1) - divisor_sum_upto(high - 1)
            total += run << min(p, q)
    return total


class XorDivisorCountSum(Environment):
    description = "Sum of the divisor count d(i XOR j XOR X) over 0 <= i <= N, 0 <= j <= M"
    answer_kind = "single_int"
    answer_example = "152"
    catalog_name = "SumXorDivisorNum"

    def schedule(self, difficulty):
        return {"max_n": 10 * (difficulty + 2) ** 4}

    def generate_instance(self, rng, sizes):
        top = sizes["max_n"]
        return {"n": rng.randint(3, top), "m": rng.randint(3, top), "x": rng.randint(0, top)}

    def solve(self, instance):
        return xor_divisor_count_sum(instance["n"], instance["m"], instance["x"])

    def render(self, instance):
        n, m, x = instance["n"], instance["m"], instance["x"]
        return (
            "Let d(v) be the number of positive divisors of v for v >= 1 (for example d(12) = 6), "
            "and d(0) = 0. XOR is the bitwise exclusive or (for example 6 XOR 3 = 5).\n"
            f"Compute the sum of d(i XOR j XOR {x}) over all pairs of integers (i, j) with "
            f"0 <= i <= {n} and 0 <= j <= {m}.\n"
            "Answer with the exact sum (an integer), e.g. 152."
        )
