"""Halving chains: count the sequences that start at N where every next number is at most half the last.

A chain starts with N; it may stop at any point, or append a positive integer that is at most
half of the current last entry. With f(n) the number of chains starting at n,
f(n) = 1 + f(1) + ... + f(floor(n / 2)), which prefix sums evaluate in O(N).

Difficulty schedule (N is drawn uniformly from ceil(N_max / 2) .. N_max):

    d       0     1     2     3     5     10      20      30   ...  d
    N_max  1200  1230  1320  1470  1950  4200   13200   28200  ...  1200 + 30 d^2

The answer is exact: f grows roughly like N^1.5 times a slowly growing factor, so it has under
ten digits at d = 30; N grows polynomially, making hand computation steadily longer. The count
depends only on floor(N / 2), so a level needs a wide range of N to hold many distinct problems
and answers: level 0 draws N from 600 .. 1200.
"""

from __future__ import annotations

from rlve_gym import Environment


def halving_chains(start: int) -> int:
    """f(start): chains start, x2, x3, ... with each x_{i+1} <= x_i / 2 (x_i positive integers)."""
    chains = [0] * (start // 2 + 1)
    prefix = [0] * (start // 2 + 2)  # prefix[i] = f(1) + ... + f(i - 1)
    for n in range(1, start // 2 + 1):
        chains[n] = 1 + prefix[n // 2 + 1]
        prefix[n + 1] = prefix[n] + chains[n]
    return 1 + prefix[start // 2 + 1]


class HalvingChainCounting(Environment):
    description = "Number of sequences starting at N in which each next number is at most half of the previous one"
    answer_kind = "single_int"
    answer_example = "6"
    catalog_name = "HalvingChainCounting"

    def schedule(self, difficulty):
        return {"max_start": 1200 + 30 * difficulty * difficulty}

    def generate_instance(self, rng, sizes):
        largest = sizes["max_start"]
        return {"start": rng.randint((largest + 1) // 2, largest)}

    def solve(self, instance):
        return halving_chains(instance["start"])

    def render(self, instance):
        n = instance["start"]
        return (
            f"Build a sequence of positive integers that starts with N = {n}. At each step you may "
            "stop, or append a positive integer that is at most half of the current last number "
            "(so after x you may append any integer y with 1 <= y <= x / 2).\n"
            "How many different sequences can be built (the sequence consisting of N alone counts)?\n"
            "For example, for N = 6 the sequences are 6; 6 1; 6 2; 6 2 1; 6 3; 6 3 1, so the count is 6.\n"
            "Answer with the exact count, a single integer."
        )
