"""NearestByPrimeSteps: for every element of an array, the index of the closest other element
when one step multiplies or divides a number by a prime.

The distance D(a, b) is the number of prime factors (with multiplicity) that must be removed
from a and added to reach b: with Omega the prime-factor count,
D(a, b) = Omega(a) + Omega(b) - 2 * Omega(gcd(a, b)). Ties go to the smallest index, so the
answer list is unique. The reference tabulates Omega with a sieve and compares all pairs.

Difficulty schedule (N distinct values drawn from [1, max_value]):

    d            0   1   2    3    5    10    20                 d
    N            4   6   8   10   14    24    44   4 + 2d
    max_value   26  64 114  176  334  1066  4186   10 (d + 1)^2 + 4N
"""

from __future__ import annotations

import math

from rlve_gym import Environment, Verdict
from rlve_gym.answers import parse_int_list
from rlve_gym.kernels.number_theory import big_omega_table


def nearest_by_prime_steps(values: list[int]) -> list[int]:
    """For each i, the smallest j != i minimising D(values[i], values[j])."""
    omega = big_omega_table(max(values))
    nearest = []
    for i, a in enumerate(values):
        best_j, best_distance = -1, math.inf
        for j, b in enumerate(values):
            if j == i:
                continue
            distance = omega[a] + omega[b] - 2 * omega[math.gcd(a, b)]
            if distance < best_distance:
                best_j, best_distance = j, distance
        nearest.append(best_j)
    return nearest


class NearestByPrimeSteps(Environment):
    description = (
        "For each element, the index of the nearest other element under prime multiply/divide steps"
    )
    answer_kind = "int_list"
    answer_example = "1 0 0 2"
    catalog_name = "ODLDistance"

    def schedule(self, difficulty):
        n = 4 + 2 * difficulty
        return {"n": n, "max_value": 10 * (difficulty + 1) ** 2 + 4 * n}

    def generate_instance(self, rng, sizes):
        return {"values": rng.sample(range(1, sizes["max_value"] + 1), sizes["n"])}

    def solve(self, instance):
        return nearest_by_prime_steps(instance["values"])

    def render(self, instance):
        values = instance["values"]
        n = len(values)
        listing = " ".join(f"A[{i}]={v}" for i, v in enumerate(values))
        return (
            "One operation on a positive integer either multiplies it by a prime number or "
            "divides it by a prime number that divides it. D(a, b) is the smallest number of "
            "operations that turn a into b; for example D(69, 42) = 3 "
            "(69 -> 3 -> 6 -> 42: divide by 23, multiply by 2, multiply by 7).\n"
            f"Array A has {n} elements (indices from 0): {listing}\n"
            f"For each index i from 0 to {n - 1}, find the index j != i that makes D(A[i], A[j]) "
            "smallest; if several j tie, take the smallest such j.\n"
            f"Answer with the {n} indices j for i = 0, 1, ..., {n - 1} in order, separated by "
            "spaces, e.g. 1 0 0 2."
        )

    def parse(self, text, instance):
        n = len(instance["values"])
        return parse_int_list(text, length=n, max_digits=len(str(n)) + 1)

    def check(self, instance, answer, reference):
        n = len(instance["values"])
        if any(not 0 <= j < n or j == i for i, j in enumerate(answer)):
            return Verdict.wrong(f"every j must be an index from 0 to {n - 1} other than i")
        wrong = sum(a != r for a, r in zip(answer, reference, strict=True))
        if wrong:
            return Verdict.wrong(
                f"{wrong} of the {n} indices are not the nearest (smallest index on ties)"
            )
        return Verdict.right()
