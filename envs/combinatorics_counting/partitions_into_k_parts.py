"""Integer partitions into exactly K parts: the exact count.

A partition of N into K parts writes N as a sum of K positive integers where order does not
matter (4 = 2 + 1 + 1 is the same partition as 1 + 2 + 1). The table P[n][k] = P[n - k][k] +
P[n - 1][k - 1] (every part is at least 2, or some part is 1) gives the count in O(N * K).

Difficulty schedule (N is N_max - 1 or N_max; K is drawn uniformly from 2 .. N - 2, which
excludes the three values of K whose count is 1):

    d       0   1   2   3   5   10   20   30   ...  d
    N_max   8  11  14  17   23  38   68   98   ...  8 + 3d

The answer is exact (no modulus): at N = 98 the largest count has about 8 digits. N >= 7, so the
prompt's worked example (N = 6) is never the instance and level 0 has several answers.
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
        return {"max_number": 8 + 3 * difficulty}

    def generate_instance(self, rng, sizes):
        number = rng.randint(sizes["max_number"] - 1, sizes["max_number"])
        return {"number": number, "parts": rng.randint(2, number - 2)}

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
