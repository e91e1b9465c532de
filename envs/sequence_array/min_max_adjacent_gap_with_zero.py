"""MinMaxAdjacentGapWithZero: lower array entries, within a budget, so that one entry becomes 0
and the largest difference between neighbours is as small as possible.

The solver sees an array A of N non-negative integers and a budget M. One operation lowers one
entry by 1 (entries never go below 0). Using at most M operations, the array must end with at
least one entry equal to 0; among all such outcomes, the answer is the smallest possible value of
max |A[i] - A[i+1]| over neighbouring positions. One integer; only the exact value is correct.
M is always at least min(A), so lowering the smallest entry to 0 is possible.

The reference binary-searches the limit z. For a fixed z and a position k that becomes 0, the
cheapest outcome is the largest array B <= A with B[k] = 0 and neighbours within z: B[i] =
min(Y[i], z|i - k|), where Y is the largest array below A with neighbours within z (two sweeps:
Y[i] = min(A[i], Y[i-1] + z), then Y[i] = min(Y[i], Y[i+1] + z)); its cost is sum(A) - sum(B).
That is O(N^2) per z (a Numba loop over all k), O(N^2 log max A) in all.

The generator draws A, lists the limits z where the cheapest cost strictly drops, picks one of
them uniformly and sets M between its cost and the cost of the limit below, so the answers
spread over the whole range instead of piling up at the largest gaps of A.

Difficulty schedule (array length N, entries in [0, V]):

    d      0    1    2    3  ...  10  ...  20  ...  d
    N      6    7    8    9  ...  16  ...  26  ...  6 + d
    V    150  160  170  180  ...  250 ...  350 ...  150 + 10d

Level 0 has 6 entries of up to three digits: the answer ranges over about a hundred values, so
no fixed guess is often right (with entries up to 80 the small answers came up 4% of the time). One more entry per level means one more place the zero can go and a longer
chain of costs to balance against M.
"""

from __future__ import annotations

import numpy as np
from numba import njit

from rlve_gym import Environment
from rlve_gym.answers import parse_int
from rlve_gym.sequences import random_values, render_array


@njit(cache=True)
def _cheapest_cost(values: np.ndarray, limit: int) -> int:
    n = len(values)
    capped = values.copy()
    for i in range(1, n):
        capped[i] = min(capped[i], capped[i - 1] + limit)
    for i in range(n - 2, -1, -1):
        capped[i] = min(capped[i], capped[i + 1] + limit)
    best_kept = 0
    for k in range(n):  # the entry that becomes 0
        kept = 0
        for i in range(n):
            kept += min(capped[i], limit * abs(i - k))
        best_kept = max(best_kept, kept)
    return values.sum() - best_kept


def cheapest_cost(values: list[int], limit: int) -> int:
    """Fewest unit decrements that leave some entry 0 and every neighbouring gap <= ``limit``."""
    return int(_cheapest_cost(np.asarray(values, dtype=np.int64), limit))


def costs_and_drops(values: list[int]) -> tuple[list[int], list[int]]:
    """Cheapest cost for every limit 0..max(values), and the limits where it strictly drops."""
    array = np.asarray(values, dtype=np.int64)
    costs = [int(_cheapest_cost(array, z)) for z in range(max(values) + 1)]
    return costs, [z for z in range(1, len(costs)) if costs[z] < costs[z - 1]]


def smallest_gap(values: list[int], budget: int) -> int:
    """Smallest limit z whose cheapest cost fits ``budget`` (needs budget >= min(values))."""
    low, high = 0, max(values)
    while low < high:
        mid = (low + high) // 2
        if cheapest_cost(values, mid) <= budget:
            high = mid
        else:
            low = mid + 1
    return low


class MinMaxAdjacentGapWithZero(Environment):
    description = (
        "Smallest largest neighbour difference after at most M unit decrements that create a zero"
    )
    answer_kind = "single_int"
    answer_example = "-2"
    catalog_name = "STUWell"

    def schedule(self, difficulty):
        return {"length": 6 + difficulty, "max_value": 150 + 10 * difficulty}

    def generate_instance(self, rng, sizes):
        values = random_values(rng, sizes["length"], 0, sizes["max_value"])
        costs, drops = costs_and_drops(values)
        if not drops:  # only when all entries are 0 or a single one is positive: make a gap
            values[0], values[-1] = 0, max(2, sizes["max_value"])
            costs, drops = costs_and_drops(values)
        limit = rng.choice(drops)
        budget = rng.randint(costs[limit], costs[limit - 1] - 1)
        return {"values": values, "budget": budget}

    def solve(self, instance):
        return smallest_gap(instance["values"], instance["budget"])

    def render(self, instance):
        values, budget = instance["values"], instance["budget"]
        return (
            f"{render_array('A', values)}\n"
            f"Budget M = {budget}.\n\n"
            "One operation chooses a position i with A[i] > 0 and lowers A[i] by 1 (entries "
            f"never become negative). Perform at most M = {budget} operations in total (several "
            "may lower the same entry) so that, at the end, at least one entry of A equals 0. "
            "Among all ways to do this, make the largest difference between neighbours, "
            "max |A[i] - A[i+1]| over i = 1.." + str(len(values) - 1) + ", as small as "
            "possible.\n"
            "Answer with that smallest possible largest difference, a single integer. For "
            "example, for A = [3, 5, 4] and M = 5, lowering A[1] three times and A[2] twice "
            "gives [0, 3, 4], whose largest neighbour difference is 3, and no allowed outcome "
            "does better, so the answer would be 3."
        )

    def parse(self, text, instance):
        return parse_int(text, max_digits=30)
