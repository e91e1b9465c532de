"""MaxProductOfAtMostKParts: the largest product of at most K positive integers that sum to N.

The solver writes N as a sum of at most K positive integers (order irrelevant) and answers with
the largest product such a sum can have. With no limit on the count, the best sums use parts 3
(and one or two 2s); with a binding limit K the best is K parts as equal as possible. Both
regimes occur: K is drawn from 2 .. N // 3 + 2, so it binds on most instances and is loose on
some. The answer is one exact integer (hundreds of digits at high levels).

Why the solver is right: a best sum with exactly j parts has parts differing by at most one
(moving one unit from a larger part to a smaller one never lowers the product), and a part of 4
or more can be split into two parts with at least the same product, so the best over j <= K is
reached at j = min(K, j*) where j* (about N / 3) is the part count of the unconstrained best. The
solver compares the balanced products for j within a few of min(K, N // 3).

Difficulty schedule (N drawn from [max_n / 3, max_n], K from [2, N // 3 + 2]):

    d        0   1   2   3  ...  10   ...  20   ...  d
    max_n   60  70  80  90  ...  160  ...  260  ...  60 + 10d

Larger N means more parts and longer products (about N / 6.3 digits). Level 0 already has N up
to 60 (answers up to 3^20): with N up to 20 a level holds too few distinct problems. The answer
has about 1,600 digits at d = 1000, within Python's integer printing limit up to about d = 2700.
"""

from __future__ import annotations

from rlve_gym import Environment
from rlve_gym.answers import parse_int


def balanced_product(total: int, parts: int) -> int:
    """Product of ``parts`` positive integers summing to ``total`` and differing by at most one."""
    q, r = divmod(total, parts)
    return q ** (parts - r) * (q + 1) ** r


def max_product(total: int, max_parts: int) -> int:
    """Largest product of at most ``max_parts`` positive integers summing to ``total``."""
    best_count = min(max_parts, total, max(1, total // 3))
    low = max(1, best_count - 3)
    high = min(max_parts, total, best_count + 3)
    return max(balanced_product(total, j) for j in range(low, high + 1))


class MaxProductOfAtMostKParts(Environment):
    description = "Largest product of at most K positive integers with sum N"
    answer_kind = "single_int"
    answer_example = "-6"
    catalog_name = "MaxMultiplicationFixedSum"

    def schedule(self, difficulty):
        return {"max_n": 60 + 10 * difficulty}

    def generate_instance(self, rng, sizes):
        n = rng.randint(sizes["max_n"] // 3, sizes["max_n"])
        return {"n": n, "k": rng.randint(2, n // 3 + 2)}

    def solve(self, instance):
        return max_product(instance["n"], instance["k"])

    def render(self, instance):
        n, k = instance["n"], instance["k"]
        return (
            f"Write N = {n} as a sum of at most K = {k} positive integers (the order of the "
            "terms does not matter, and terms may repeat), so that the product of the terms is "
            "as large as possible. For example, 10 = 3 + 3 + 4 uses 3 terms with product 36.\n"
            "What is the largest possible product? Answer with that integer only (all of its "
            "digits)."
        )

    def parse(self, text, instance):
        return parse_int(text, max_digits=instance["n"] // 2 + 5)
