"""XorExcessRectangleSum: sum of max((i XOR j) - K, 0) over all 0 <= i < N, 0 <= j < M.

XOR is bitwise exclusive or. The answer is one exact integer. Summing cell by cell takes N * M
steps, which stops being feasible a few levels in; the intended method (and the reference
solver) is a digit DP over the bits from the highest, whose state is whether i and j still
equal the prefixes of N - 1 and M - 1 and how the XOR prefix compares with K's prefix; each
state carries the number of pairs and the sum of their XOR values, and the answer is
(sum - K * count) over the pairs whose XOR ends above K.

K is drawn below the largest XOR value of the rectangle so the answer is never 0 (a bounded
number of redraws, then K = 0).

Difficulty schedule (N and M drawn from [max(2, max_side / 4), max_side], K from
[0, 2^bits - 1] where bits is the bit length of max(N, M) - 1):

    d           0   1   2   3   4  ...   10  ...    20  ...  d
    max_side   16  16  32  32  64  ...  512  ... 16384  ...  2^(4 + d // 2)

The sides double every other level, so the rectangle quadruples: after a few levels only the
bitwise method is practical, and it takes one more bit of work per doubling. Level 0 is a
rectangle of at most 16 x 16 cells.
"""

from __future__ import annotations

from rlve_gym import Environment
from rlve_gym.answers import parse_int

#: draws of K that leave a positive answer before K = 0 is used
MAX_ATTEMPTS = 20


def xor_excess_sum(n: int, m: int, k: int) -> int:
    """Sum over 0 <= i < n, 0 <= j < m of max((i ^ j) - k, 0), for n, m >= 1 and k >= 0."""
    top_i, top_j = n - 1, m - 1
    bits = max(top_i.bit_length(), top_j.bit_length(), k.bit_length(), 1)
    # state (tight_i, tight_j, order of the XOR prefix against K's: -1, 0, 1) -> [count, sum]
    states: dict[tuple[bool, bool, int], list[int]] = {(True, True, 0): [1, 0]}
    for bit in range(bits - 1, -1, -1):
        limit_i, limit_j, k_bit = top_i >> bit & 1, top_j >> bit & 1, k >> bit & 1
        following: dict[tuple[bool, bool, int], list[int]] = {}
        for (tight_i, tight_j, order), (count, total) in states.items():
            for a in (0, 1):
                if tight_i and a > limit_i:
                    continue
                for b in (0, 1):
                    if tight_j and b > limit_j:
                        continue
                    x = a ^ b
                    new_order = order if order != 0 else (x > k_bit) - (x < k_bit)
                    key = (tight_i and a == limit_i, tight_j and b == limit_j, new_order)
                    entry = following.setdefault(key, [0, 0])
                    entry[0] += count
                    entry[1] += 2 * total + x * count
        states = following
    return sum(total - k * count for (_, _, order), (count, total) in states.items() if order > 0)


class XorExcessRectangleSum(Environment):
    description = "Sum of max((i XOR j) - K, 0) over 0 <= i < N and 0 <= j < M"
    answer_kind = "single_int"
    answer_example = "-6"
    catalog_name = "EnergyStorageMeter"

    def schedule(self, difficulty):
        return {"max_side": 2 ** (4 + difficulty // 2)}

    def generate_instance(self, rng, sizes):
        top = sizes["max_side"]
        n = rng.randint(max(2, top // 4), top)
        m = rng.randint(max(2, top // 4), top)
        bits = max(n - 1, m - 1).bit_length()
        k = 0
        for _ in range(MAX_ATTEMPTS):
            candidate = rng.randint(0, 2**bits - 1)
            if xor_excess_sum(n, m, candidate) > 0:
                k = candidate
                break
        return {"n": n, "m": m, "k": k}

    def solve(self, instance):
        return xor_excess_sum(instance["n"], instance["m"], instance["k"])

    def render(self, instance):
        n, m, k = instance["n"], instance["m"], instance["k"]
        return (
            f"Let N = {n}, M = {m} and K = {k}. For every pair of integers (i, j) with "
            f"0 <= i <= {n - 1} and 0 <= j <= {m - 1}, take the value max((i XOR j) - K, 0), "
            "where XOR is the bitwise exclusive or of the binary representations (for example "
            "5 XOR 3 = 6). What is the sum of these values over all N * M pairs?\n"
            "Answer with that integer only."
        )

    def parse(self, text, instance):
        n, m = instance["n"], instance["m"]
        return parse_int(text, max_digits=len(str(2 * n * m * max(n, m))) + 2)
