"""MaxTripFatigueForEachVisitCount: for every k, the k houses that tire a salesman the most.

A street has N houses; house i lies at distance S[i] from the street's start (S is sorted, not
necessarily strictly) and visiting it adds A[i] fatigue. Visiting a set of houses walks from the
start to the farthest chosen house and back, 2 * max S, and adds the A of every chosen house. For
each k = 1..N the solver reports the largest fatigue over all sets of exactly k houses,
2 * max(S[i] : i chosen) + sum(A[i] : i chosen), answering with the N maxima in order of k. The
answer is unique and compared as a whole; scores are binary.

The reference solver sorts houses by A (largest first): the best k-set is either the k largest
A's (the walk goes to the farthest of them) or the k - 1 largest A's plus the house outside them
with the largest 2 S + A, so all N maxima take O(N log N) with prefix sums and a suffix maximum.
Distances reach several times the fatigue values, so the best set is often not the k largest A's.

Difficulty schedule:

    d             0   1   2   3  ...  10  ...  20  ...  d
    houses        6   7   8   9  ...  16  ...  26  ...  6 + d
    max_distance 60  70  80  90  ... 160  ... 260  ...  10 * houses
    max_fatigue  12  14  16  18  ...  32  ...  52  ...  2 * houses

Level 0 already asks for six maxima, so no blind list is ever right; more houses mean more
subsets to weigh for every k.
"""

from __future__ import annotations

from rlve_gym import Environment
from rlve_gym.answers import parse_int_list
from rlve_gym.sequences import random_values


def max_fatigue_per_count(distances: list[int], fatigue: list[int]) -> list[int]:
    """For k = 1..N, the largest 2 * max(distance) + sum(fatigue) over sets of k houses."""
    houses = sorted(zip(fatigue, distances), key=lambda h: (-h[0], -h[1]))
    n = len(houses)
    top_sum = [0]
    farthest_in_top = [0]
    for a, s in houses:
        top_sum.append(top_sum[-1] + a)
        farthest_in_top.append(max(farthest_in_top[-1], s))
    best_outside = [0] * (n + 1)  # best_outside[i]: largest 2 S + A among houses[i:]
    for i in range(n - 1, -1, -1):
        a, s = houses[i]
        best_outside[i] = max(best_outside[i + 1], 2 * s + a)
    return [
        max(top_sum[k] + 2 * farthest_in_top[k], top_sum[k - 1] + best_outside[k - 1])
        for k in range(1, n + 1)
    ]


class MaxTripFatigueForEachVisitCount(Environment):
    description = (
        "For each k, the largest 2 * (farthest distance) + (sum of fatigue) over k chosen houses"
    )
    answer_kind = "int_list"
    answer_example = "3 1 2"
    catalog_name = "SalesmanFatigue"

    def schedule(self, difficulty):
        houses = 6 + difficulty
        return {"houses": houses, "max_distance": 10 * houses, "max_fatigue": 2 * houses}

    def generate_instance(self, rng, sizes):
        n = sizes["houses"]
        return {
            "distances": sorted(random_values(rng, n, 1, sizes["max_distance"])),
            "fatigue": random_values(rng, n, 1, sizes["max_fatigue"]),
        }

    def solve(self, instance):
        return max_fatigue_per_count(instance["distances"], instance["fatigue"])

    def render(self, instance):
        distances, fatigue = instance["distances"], instance["fatigue"]
        n = len(distances)
        rows = "\n".join(
            f"house {i}: distance S[{i}]={s}, fatigue A[{i}]={a}"
            for i, (s, a) in enumerate(zip(distances, fatigue, strict=True), start=1)
        )
        return (
            f"A street has {n} houses, numbered 1 to {n}; S is sorted in non-decreasing order:\n"
            f"{rows}\n\n"
            "A salesman visits a set of houses: he walks from the start of the street to the "
            "farthest chosen house and back, which costs 2 * max(S[i] over the chosen houses), "
            "and every chosen house i adds A[i]. The fatigue of a set is therefore "
            "2 * max(S[i] : i chosen) + (sum of A[i] : i chosen).\n"
            f"For each k = 1, 2, ..., {n}, find the largest fatigue over all sets of exactly k "
            "distinct houses.\n"
            f"Answer with {n} integers separated by spaces: the largest fatigue for k = 1, then "
            "for k = 2, and so on (for example, for 3 houses you would write three numbers such as "
            "3 1 2; every fatigue is a positive integer)."
        )

    def parse(self, text, instance):
        return parse_int_list(text, length=len(instance["distances"]), max_digits=12)
