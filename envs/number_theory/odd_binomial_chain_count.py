"""OddBinomialChainCount: count subsequences a_1, ..., a_k (k >= 2) of a sequence of distinct
positive integers for which C(a_1, a_2) * C(a_2, a_3) * ... * C(a_(k-1), a_k) is odd.

By Lucas' theorem C(x, y) is odd exactly when every binary one of y is also a one of x (y is a
submask of x); with distinct values each step must go to a proper submask. The reference counts
chains from the right: f(i) = 1 + sum of f(j) over later positions j holding a proper submask of
a_i, found by enumerating the submasks of a_i; the answer is sum f(i) - N (chains of length 1
do not count).

Difficulty schedule (N distinct values drawn from [1, 2N - 1]):

    d    0   1   2   3   5   10  20        d
    N   24  27  30  33  39   54  84   24 + 3d

N starts at 24: with three values from [1, 5] every instance had exactly two chains, and with
six to fifteen values a few small counts (2, 4, 9, 18) still covered 5-28% of the seeds. Instances
with fewer than two chains are redrawn a few times, then the first three values are set to
3, 1, 2 (two chains), so answers 0 and 1 stay rare.
"""

from __future__ import annotations

from rlve_gym import Environment

_DRAWS = 6


def odd_binomial_chain_count(values: list[int]) -> int:
    """Number of subsequences of length >= 2 whose consecutive binomials are all odd."""
    position = {v: i for i, v in enumerate(values)}
    chains_from = [0] * len(values)
    for i in range(len(values) - 1, -1, -1):
        mask = values[i]
        count = 1
        sub = (mask - 1) & mask
        while sub:
            j = position.get(sub, -1)
            if j > i:
                count += chains_from[j]
            sub = (sub - 1) & mask
        chains_from[i] = count
    return sum(chains_from) - len(values)


class OddBinomialChainCount(Environment):
    description = (
        "Number of subsequences whose chained binomial coefficients multiply to an odd number"
    )
    answer_kind = "single_int"
    answer_example = "9"
    catalog_name = "CombinationOddSubsequenceCounting"

    def schedule(self, difficulty):
        return {"n": 24 + 3 * difficulty}

    def generate_instance(self, rng, sizes):
        n = sizes["n"]
        for _ in range(_DRAWS):
            values = rng.sample(range(1, 2 * n), n)
            if odd_binomial_chain_count(values) >= 2:
                return {"values": values}
        rest = [v for v in values if v not in (1, 2, 3)]
        return {"values": [3, 1, 2] + rest[: n - 3]}

    def solve(self, instance):
        return odd_binomial_chain_count(instance["values"])

    def render(self, instance):
        values = instance["values"]
        return (
            f"You are given a sequence of {len(values)} distinct positive integers:\n"
            f"{' '.join(map(str, values))}\n"
            "Count the subsequences a_1, a_2, ..., a_k of it (elements taken in their original "
            "order, not necessarily adjacent; two subsequences differ when they use different "
            "positions) such that k >= 2 and the product C(a_1, a_2) * C(a_2, a_3) * ... * "
            "C(a_(k-1), a_k) is odd. Here C(x, y) is the binomial coefficient 'x choose y' "
            "(C(x, y) = 0 when y > x).\n"
            "Answer with the count only, e.g. 9."
        )
