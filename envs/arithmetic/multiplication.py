"""Multiplication: the exact product of two integers.

The integers are drawn with a given number of digits each, one of them possibly negative, so
the answer is exact big-integer arithmetic with a sign to get right.

Difficulty schedule (digits of the two factors):

    d       0   1   2   3   4   5   ...  10  ...  20  ...  d
    a       2   2   3   3   4   4   ...   7  ...  12  ...  1 + (d + 2) // 2
    b       1   2   2   3   3   4   ...   6  ...  11  ...  1 + (d + 1) // 2

One factor gains a digit at every level; the product has about d + 3 digits. Level 0 is already
two digits by one: one digit by one is a times table of a few dozen facts, memorised rather
than computed.
"""

from __future__ import annotations

from rlve_gym import Environment


def random_with_digits(rng, digits: int) -> int:
    """A uniformly random integer with exactly ``digits`` decimal digits (>= 2 at one digit)."""
    low = 2 if digits == 1 else 10 ** (digits - 1)
    return rng.randint(low, 10**digits - 1)


class Multiplication(Environment):
    description = "Exact product of two integers"
    answer_kind = "single_int"
    answer_example = "-1234"
    catalog_name = "Multiplication"

    def schedule(self, difficulty):
        return {"digits_a": 1 + (difficulty + 2) // 2, "digits_b": 1 + (difficulty + 1) // 2}

    def generate_instance(self, rng, sizes):
        a = random_with_digits(rng, sizes["digits_a"])
        b = random_with_digits(rng, sizes["digits_b"])
        if rng.random() < 0.3:
            a = -a
        if rng.random() < 0.3:
            b = -b
        return {"a": a, "b": b}

    def solve(self, instance):
        return instance["a"] * instance["b"]

    def render(self, instance):
        return (
            f"Compute the exact product {instance['a']} * {instance['b']}.\n"
            "Answer with the integer only (with a leading minus sign if it is negative)."
        )
