"""NearestByPrimeSteps: for every element of an array, the index of the closest other element
when one step multiplies or divides a number by a prime.

The distance D(a, b) is the number of prime factors (with multiplicity) that must be removed
from a and added to reach b: with Omega the prime-factor count,
D(a, b) = Omega(a) + Omega(b) - 2 * Omega(gcd(a, b)). Ties go to the smallest index, so the
answer list is unique. The reference computes Omega of the values and of their pairwise gcds
and compares all pairs with numpy.

Difficulty schedule (N distinct values drawn from [1, max_value]):

    d            0   1    2    3    5    10    20                 d
    N            6   8   10   12   16    26    46   6 + 2d
    max_value   64  122  200  298  554  1544  5024   10 (d + 2)^2 + 4N

Level 0 starts at six values: with four, the answer 1 0 0 0 was right on an eighth of the seeds.
The prompt's four-index example never has the length of an answer.
"""

from __future__ import annotations

import numpy as np

from rlve_gym import Environment, Verdict
from rlve_gym.answers import parse_int_list


def _big_omega(n: int) -> int:
    """Omega(n): prime factors of n >= 1 counted with multiplicity, by trial division."""
    count, p = 0, 2
    while p * p <= n:
        while n % p == 0:
            n //= p
            count += 1
        p += 1 if p == 2 else 2
    return count + (n > 1)


def nearest_by_prime_steps(values: list[int]) -> list[int]:
    """For each i, the smallest j != i minimising D(values[i], values[j]).

    Omega is needed only for the values and their pairwise gcds (a few hundred distinct numbers),
    so it is computed for those alone rather than sieved up to the largest value.
    """
    array = np.array(values, dtype=np.int64)
    gcds = np.gcd.outer(array, array)
    numbers = np.unique(np.concatenate([array, gcds.ravel()]))
    omega = np.array([_big_omega(int(x)) for x in numbers], dtype=np.int64)
    omega_values = omega[np.searchsorted(numbers, array)]
    omega_gcds = omega[np.searchsorted(numbers, gcds)]
    distance = omega_values[:, None] + omega_values[None, :] - 2 * omega_gcds
    np.fill_diagonal(distance, np.iinfo(np.int64).max)
    return [int(j) for j in np.argmin(distance, axis=1)]  # argmin: the first j on ties


class NearestByPrimeSteps(Environment):
    description = (
        "For each element, the index of the nearest other element under prime multiply/divide steps"
    )
    answer_kind = "int_list"
    answer_example = "1 0 0 2"
    catalog_name = "ODLDistance"

    def schedule(self, difficulty):
        n = 6 + 2 * difficulty
        return {"n": n, "max_value": 10 * (difficulty + 2) ** 2 + 4 * n}

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
