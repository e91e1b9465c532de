"""Integer partitions into exactly K parts: the exact count.

A partition of N into K parts writes N as a sum of K positive integers where order does not
matter (4 = 2 + 1 + 1 is the same partition as 1 + 2 + 1). The table P[n][k] = P[n - k][k] +
P[n - 1][k - 1] (every part is at least 2, or some part is 1) gives the count in O(N * K).

Difficulty schedule (N is drawn uniformly from N_max - 30 .. N_max; K uniformly from 3 .. N // 2):

    d       0   1   2   3   5   10   20   30   ...  d
    N_max  56  59  62  65   71  86  116  146   ...  56 + 3d

The instance is just two numbers, so both are drawn from wide ranges: with N fixed within one or
two values a level held fewer than thirty problems and one count answered a third of level 0.
K stays at most N / 2 because above that the count is p(N - K) (remove one from every part),
the same few partition numbers for every N; K >= 3 because the count for K = 2 is N // 2. The
answer is exact (no modulus): at N = 356 (d = 100) the largest count has about 17 digits. The
prompt's worked example (N = 6) is never the instance.
"""

from __future__ import annotations

from rlve_gym import Environment
from rlve_gym.kernels.combinatorics import partitions_into_parts


class PartitionsIntoKParts(Environment):
    description = "Number of partitions of the integer N into exactly K positive parts"
    answer_kind = "single_int"
    answer_example = "7"
    catalog_name = "NumberPartitionCounting"

    def schedule(self, difficulty):
        return {"max_number": 56 + 3 * difficulty}

    def generate_instance(self, rng, sizes):
        number = rng.randint(sizes["max_number"] - 30, sizes["max_number"])
        return {"number": number, "parts": rng.randint(3, number // 2)}

    def solve(self, instance):
        n, k = instance["number"], instance["parts"]
        return partitions_into_parts(n, k)[n][k]

    def render(self, instance):
        n, k = instance["number"], instance["parts"]
        return (
            "A partition of a positive integer N into exactly K parts is a way to write N as a sum "
            "of K positive integers where the order of the terms does not matter. For example, 6 "
            "has 3 partitions into exactly 2 parts: 5 + 1, 4 + 2 and 3 + 3.\n\n"
            f"How many partitions does N = {n} have into exactly K = {k} parts?\n"
            "Answer with the exact count, a single integer."
        )
