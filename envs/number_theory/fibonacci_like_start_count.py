"""FibonacciLikeStartCount: how many positive starting pairs (a, b) make a Fibonacci-like
sequence f(0) = a, f(1) = b, f(n) = f(n-1) + f(n-2) reach K at some index n >= 2.

f(n) = F(n-1) * a + F(n) * b with the Fibonacci numbers F, and the sequence is strictly
increasing from index 1 on, so each pair reaches K at most once. The count is therefore a sum
over n (about log K of them) of the positive solutions of F(n-1) * a + F(n) * b = K, a linear
Diophantine equation with coprime coefficients: one modular inverse per n.

Difficulty schedule (K drawn from [3, max_k]):

    d         0      1      2      3       5        10         20            d
    max_k  2430  10240  31250  77760  327680  3712930  64363430   10 * (d + 3)^5

K >= 3 keeps the answer at least 2 (all pairs (a, K - a) reach K at n = 2). Level 0 starts at
K <= 2430: the answer depends on K alone, and with K <= 10 a level held eight problems.
"""

from __future__ import annotations

from rlve_gym import Environment
from rlve_gym.kernels.number_theory import mod_inverse


def positive_solution_count(p: int, q: int, k: int) -> int:
    """#{(a, b) : a, b >= 1, p*a + q*b = k} for coprime p, q >= 1."""
    if p + q > k:
        return 0
    smallest_b = k * mod_inverse(q, p) % p if p > 1 else 0
    if smallest_b == 0:
        smallest_b = p
    largest_b = (k - p) // q  # a >= 1 means q*b <= k - p
    return max(0, (largest_b - smallest_b) // p + 1)


def fibonacci_like_start_count(k: int) -> int:
    """#{(a, b) positive : the sequence a, b, a+b, ... takes the value k at an index n >= 2}."""
    total = 0
    p, q = 1, 1  # (F(n-1), F(n)) for n = 2
    while p + q <= k:
        total += positive_solution_count(p, q, k)
        p, q = q, p + q
    return total


class FibonacciLikeStartCount(Environment):
    description = "Number of positive start pairs (a, b) whose Fibonacci-like sequence reaches K"
    answer_kind = "single_int"
    answer_example = "15"
    catalog_name = "FibonacciContainingCounting"

    def schedule(self, difficulty):
        return {"max_k": 10 * (difficulty + 3) ** 5}

    def generate_instance(self, rng, sizes):
        return {"k": rng.randint(3, sizes["max_k"])}

    def solve(self, instance):
        return fibonacci_like_start_count(instance["k"])

    def render(self, instance):
        k = instance["k"]
        return (
            "For positive integers a and b, define the sequence f by f(0) = a, f(1) = b and "
            "f(n) = f(n - 1) + f(n - 2) for n >= 2. For example a = 2, b = 1 gives 2, 1, 3, 4, "
            "7, 11, ...\n"
            f"How many ordered pairs (a, b) of positive integers are there such that f(n) = {k} "
            "for some index n >= 2?\n"
            "Answer with the count only, e.g. 15."
        )
