"""Medals around a round table: the fewest medal types so that each of N generals seated in a
circle gets A[i] medals of distinct types and neighbouring generals share no type.

Every pair of neighbours needs A[i] + A[i+1] distinct types, so T >= max A[i] + A[i+1]; for even
N that bound is reached (alternate two type pools). For odd N the answer is found by binary
search on T with a feasibility sweep: give general 1 the types F = {1..A[1]}; for every later
general track the fewest and the most types of F it can hold (the most is limited by what its
predecessor left of F, the fewest by how many non-F types its predecessor can leave free), and T
is feasible exactly when general N can hold none of F. T = 3 max A[i] always suffices.

Difficulty schedule (N = 2K + 1 with probability 3/4, else 2K; each instance draws its own
ceiling C uniformly from A_max / 2 .. A_max, then every A[i] from 1 .. C):

    d       0    1    2    3    5    10    20    30   ...  d
    K       2    3    4    5    7    12    22    32   ...  2 + d
    A_max 100  120  140  160  200   300   500   700   ...  100 + 20 d

Odd circles are the interesting case (the neighbour bound is not always reached), hence their
larger share. The answer lies near twice the largest demand, so the demands are large and their
ceiling varies per instance: with small values the answer is one of a few numbers near 2 A_max
that a guess hits often.
"""

from __future__ import annotations

from rlve_gym import Environment


def _feasible(demands: list[int], types: int) -> bool:
    first = demands[0]
    others = types - first
    low = high = first
    for previous, demand in zip(demands, demands[1:], strict=False):
        new_high = min(demand, first - low)
        new_low = max(0, demand - (others - (previous - high)))
        if new_low > new_high:
            return False
        low, high = new_low, new_high
    return low == 0


def fewest_medal_types(demands: list[int]) -> int:
    """Fewest types so every general gets demands[i] distinct types and circular neighbours share none."""
    n = len(demands)
    pair_bound = max(demands[i] + demands[(i + 1) % n] for i in range(n))
    if n % 2 == 0:
        return pair_bound
    low, high = pair_bound, 3 * max(demands)
    while low < high:
        middle = (low + high) // 2
        if _feasible(demands, middle):
            high = middle
        else:
            low = middle + 1
    return low


class CircularMedalTypesMinimum(Environment):
    description = (
        "Fewest medal types so generals in a circle get distinct types and neighbours share none"
    )
    answer_kind = "single_int"
    answer_example = "7"
    catalog_name = "EmperorWorries"

    def schedule(self, difficulty):
        return {"half": 2 + difficulty, "max_demand": 100 + 20 * difficulty}

    def generate_instance(self, rng, sizes):
        n = 2 * sizes["half"] + (1 if rng.random() < 0.75 else 0)
        ceiling = rng.randint(sizes["max_demand"] // 2, sizes["max_demand"])
        return {"demands": [rng.randint(1, ceiling) for _ in range(n)]}

    def solve(self, instance):
        return fewest_medal_types(instance["demands"])

    def render(self, instance):
        demands = instance["demands"]
        n = len(demands)
        listed = " ".join(map(str, demands))
        return (
            f"N = {n} generals, numbered 1 to {n}, sit around a round table, so general i is next to "
            f"general i + 1 and general {n} is next to general 1. General i must receive A[i] medals. "
            "Medals come in types; a general's medals must all be of different types, and two "
            "generals sitting next to each other must not have any medal type in common (generals "
            "who are not neighbours may share types).\n"
            f"A = {listed}\n"
            "What is the smallest number of medal types that makes this possible?\n"
            "For example, for N = 3 and A = 4 2 4 the answer is 10 (all three generals are "
            "neighbours), and for N = 4 and A = 7 1 7 1 it is 8 (generals 1 and 3 may share types)."
            "\nAnswer with a single integer."
        )
