"""LineFacilityPlacement: choose K of N points on a line minimising the total distance to the nearest chosen one.

The solver sees N points with distinct integer coordinates, listed from left to right, and a
number K. It chooses K of the points (as facilities); every point pays the distance to its
nearest chosen point, and the total should be as small as possible (the K-median problem on a
line). Every choice of K points whose total equals the optimum is correct; there are often
several, since any point between the two middle points of an even group serves it equally well.
The optimum is stored at generation. Scores are binary.

In an optimal choice every chosen point serves a run of consecutive points and sits at a median
of its run, so the reference solver is the DP over (facilities, prefix) with the cost of a run
read off prefix sums in O(1), vectorised with numpy: O(K * N^2) elementary steps.

Points come in runs of random sizes (tight gaps of 1-5 inside a run, long gaps of 2N-6N between
runs); there are K, K + 1 or K + 2 runs, so a good choice has to find the runs and decide which
neighbouring runs to serve together. K is drawn from [4, N/3].

Difficulty schedule:

    d            0   1   2   3  ...  10  ...  20  ...  d
    points      18  19  20  21  ...  28  ...  38  ...  18 + d
    max K        6   6   6   7  ...   9  ...  12  ...  (18 + d) / 3

Level 0 already has 18 points and at least 4 facilities: with fewer, a handful of fixed choices
(runs of even size leave two equally good medians, so every instance has several optima) are
optimal on more than 5% of instances. Every level adds a point, every third a possible facility.
"""

from __future__ import annotations

from bisect import bisect_left

import numpy as np

from rlve_gym import Environment, Verdict
from rlve_gym.answers import parse_int_list
from rlve_gym.sequences import positions_problem


def clustered_line(rng, n: int, clusters: int) -> list[int]:
    """``n`` increasing integer coordinates from 0 in ``clusters`` runs of random sizes (a
    uniformly random composition of n): gaps inside a run are 1-5, gaps between runs 2n to 6n
    (far apart, so the runs are what a good choice has to discover)."""
    run_ends = set(rng.sample(range(1, n), clusters - 1))
    coordinates = [0]
    for i in range(1, n):
        gap = rng.randint(2 * n, 6 * n) if i in run_ends else rng.randint(1, 5)
        coordinates.append(coordinates[-1] + gap)
    return coordinates


def total_distance(coordinates: list[int], chosen: list[int]) -> int:
    """Sum over all points of the distance to the nearest of the 1-based points ``chosen``."""
    centres = sorted(coordinates[i - 1] for i in chosen)
    total = 0
    for x in coordinates:
        at = bisect_left(centres, x)
        nearest = min(abs(centres[j] - x) for j in (at - 1, at) if 0 <= j < len(centres))
        total += nearest
    return total


def best_facilities(coordinates: list[int], k: int) -> tuple[int, list[int]]:
    """(smallest total distance, sorted 1-based points reaching it); coordinates ascending."""
    n = len(coordinates)
    x = np.asarray(coordinates, dtype=np.int64)
    prefix = np.concatenate(([0], np.cumsum(x)))

    def run_cost(starts: np.ndarray, end) -> np.ndarray:
        """Cost of serving points starts..end-1 (0-based) from their lower median, elementwise."""
        median = (starts + end - 1) // 2
        left = x[median] * (median - starts) - (prefix[median] - prefix[starts])
        right = (prefix[end] - prefix[median + 1]) - x[median] * (end - 1 - median)
        return left + right

    unreachable = np.iinfo(np.int64).max // 4
    cost = np.full(n + 1, unreachable, dtype=np.int64)  # cost[i]: first i points, j+1 runs
    cost[1:] = run_cost(np.zeros(n, dtype=np.int64), np.arange(1, n + 1))
    run_start = np.zeros((k, n + 1), dtype=np.int64)
    for j in range(1, k):
        following = np.full(n + 1, unreachable, dtype=np.int64)
        for i in range(j + 1, n + 1):
            starts = np.arange(j, i)
            costs = cost[j:i] + run_cost(starts, i)
            best = int(np.argmin(costs))
            following[i] = costs[best]
            run_start[j, i] = j + best
        cost = following
    chosen, end = [], n
    for j in range(k - 1, -1, -1):
        start = int(run_start[j, end]) if j else 0
        chosen.append((start + end - 1) // 2 + 1)
        end = start
    return int(cost[n]), sorted(chosen)


class LineFacilityPlacement(Environment):
    description = "K of N points on a line minimising the total distance to the nearest chosen one"
    answer_kind = "int_list"
    multiple_valid_answers = True
    answer_example = "1 2"
    catalog_name = "Axis_KCenter"

    def schedule(self, difficulty):
        return {"points": 18 + difficulty}

    def generate_instance(self, rng, sizes):
        n = sizes["points"]
        k = rng.randint(4, n // 3)
        coordinates = clustered_line(rng, n, k + rng.randint(0, 2))
        best, _ = best_facilities(coordinates, k)
        return {"coordinates": coordinates, "k": k, "best_total": best}

    def solve(self, instance):
        return best_facilities(instance["coordinates"], instance["k"])[1]

    def render(self, instance):
        xs, k = instance["coordinates"], instance["k"]
        points = "\n".join(f"point {i}: x = {x}" for i, x in enumerate(xs, start=1))
        return (
            f"There are {len(xs)} points on a number line, numbered 1 to {len(xs)} from left to "
            f"right:\n{points}\n\n"
            f"Choose exactly {k} different points. Every point (chosen or not) pays the distance "
            "|x - y| to the chosen point y nearest to it (a chosen point pays 0). Make the total "
            "paid by all points as small as possible.\n"
            f"Answer with the numbers of the {k} chosen points separated by spaces, in any order "
            "(for example 1 2 means points 1 and 2). If several choices reach the smallest "
            "total, any one of them is accepted."
        )

    def parse(self, text, instance):
        return parse_int_list(text, max_items=instance["k"] + 1, max_digits=6)

    def check(self, instance, answer, reference):
        xs, k = instance["coordinates"], instance["k"]
        problem = positions_problem(answer, len(xs), count=k)
        if problem:
            return Verdict.wrong(problem.replace("position", "point"))
        total = total_distance(xs, answer)
        if total == instance["best_total"]:
            return Verdict.right()
        return Verdict.wrong(f"valid choice, but its total {total} is not the smallest possible")

    def random_answer(self, problem, rng, other):
        instance = problem.instance
        chosen = rng.sample(range(1, len(instance["coordinates"]) + 1), instance["k"])
        return " ".join(map(str, sorted(chosen)))

    def near_misses(self, problem):
        instance = problem.instance
        xs, n = instance["coordinates"], len(instance["coordinates"])
        chosen = [int(t) for t in problem.answer.split()]
        misses = [
            " ".join(map(str, chosen[:-1])),  # one point too few
            " ".join(map(str, chosen[:-1] + [chosen[0]])),  # a point twice
            " ".join(map(str, chosen[:-1] + [n + 1])),  # no such point
        ]
        for index in range(len(chosen)):  # move one facility: a larger total
            for point in range(1, n + 1):
                if point in chosen:
                    continue
                moved = chosen[:index] + [point] + chosen[index + 1 :]
                if total_distance(xs, moved) > instance["best_total"]:
                    misses.append(" ".join(map(str, moved)))
                    return misses
        return misses
