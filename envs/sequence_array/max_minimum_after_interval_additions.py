"""MaxMinimumAfterIntervalAdditions: choose K of M intervals to add a fixed amount to, so that the
smallest element of the array ends up as large as possible.

The solver sees an array A of N positive integers, M intervals [l_j, r_j] of positions, an amount
X and a count K. It picks exactly K different intervals; every chosen interval adds X to each
element inside it (overlaps add up). The goal is the largest possible minimum of the resulting
array. Any choice reaching that minimum is correct (the bottleneck usually leaves several); other
choices earn nothing.

The reference binary-searches the target minimum t. For a fixed t, position i needs
ceil((t - A[i]) / X) chosen intervals covering it; a sweep from left to right, whenever coverage
at i falls short, takes the not yet chosen interval that covers i and reaches furthest right (an
exchange argument shows this never needs more intervals than any other choice), and t is
reachable when at most K are taken. Unused picks go to any remaining intervals, since extra
additions never lower the minimum. O((N + M) log M log(K X)).

Instances are planted so that the optimum is tight: intervals get lengths N/6..N/2, K of them are
secretly chosen, X is drawn from 2..max_value/2, a level T = K X + (1..max_value) is fixed, and
A[i] = T - X * (planted intervals covering i) + (0..X-1). The planted choice lifts every element
to T or more, and any choice covering some position fewer times than the planted one leaves it
below T; the true optimum is still computed by the solver (it may beat T). With uniform values
nearly every position is left uncovered or pinned, and a random choice was optimal a third of
the time. Draws where any of 48 random choices is optimal are redrawn (up to 20 times, then the
last draw is kept).

Difficulty schedule:

    d            0   1   2   3  ...  10  ...  20  ...  d
    length      14  16  18  20  ...  34  ...  54  ...  14 + 2d
    intervals   12  13  14  15  ...  22  ...  32  ...  12 + d
    picks        4   4   4   5  ...   7  ...  10  ...  4 + d // 3
    max_value   10  12  14  16  ...  30  ...  50  ...  10 + 2d

Level 0 already chooses 4 of 12 intervals (495 choices; with 3 of 10, 2.3% of the choices were
optimal on average and the luckiest fixed choice was right on 5% of the instances); each level
adds elements and intervals, and every third level a pick.
"""

from __future__ import annotations

import heapq

from rlve_gym import Environment, Verdict
from rlve_gym.answers import parse_int_list
from rlve_gym.sequences import positions_problem, render_array

#: draws before keeping an instance on which some random choice is optimal
REDRAWS = 20
#: random choices tried on each draw
GUESSES = 48


def fewest_intervals_for(values, intervals, amount, target, limit):
    """0-based indices of a smallest set of intervals lifting every value to >= target, or None
    when more than ``limit`` would be needed."""
    n = len(values)
    starting: list[list[int]] = [[] for _ in range(n + 1)]
    for j, (left, _) in enumerate(intervals):
        starting[left - 1].append(j)
    ending = [0] * (n + 1)  # chosen intervals whose cover stops after position i
    reach: list[tuple[int, int]] = []  # (-right end, interval) of intervals started, not chosen
    chosen, cover = [], 0
    for i in range(n):
        cover -= ending[i]
        for j in starting[i]:
            heapq.heappush(reach, (-intervals[j][1], j))
        need = max(0, -((values[i] - target) // amount))  # ceil((target - value) / amount)
        while cover < need:
            if not reach or -reach[0][0] < i + 1 or len(chosen) == limit:
                return None
            right, j = heapq.heappop(reach)
            chosen.append(j)
            cover += 1
            ending[-right] += 1
    return chosen


def best_interval_choice(values, intervals, amount, picks) -> tuple[int, list[int]]:
    """(largest reachable minimum, 1-based indices of exactly ``picks`` intervals reaching it)."""
    low, high = min(values), min(values) + picks * amount
    while low < high:
        mid = (low + high + 1) // 2
        if fewest_intervals_for(values, intervals, amount, mid, picks) is None:
            high = mid - 1
        else:
            low = mid
    chosen = fewest_intervals_for(values, intervals, amount, low, picks)
    spare = [j for j in range(len(intervals)) if j not in set(chosen)]
    chosen += spare[: picks - len(chosen)]
    return low, sorted(j + 1 for j in chosen)


def planted_instance(rng, n: int, m: int, k: int, top: int):
    """(values, intervals, amount) in which k secret intervals lift every element to one level."""
    intervals = []
    for _ in range(m):
        length = rng.randint(max(1, n // 6), max(1, n // 2))
        left = rng.randint(1, n - length + 1)
        intervals.append([left, left + length - 1])
    amount = rng.randint(2, max(2, top // 2))
    cover = [0] * n
    for j in rng.sample(range(m), k):
        for p in range(intervals[j][0] - 1, intervals[j][1]):
            cover[p] += 1
    level = k * amount + rng.randint(1, top)
    return [level - amount * c + rng.randint(0, amount - 1) for c in cover], intervals, amount


def minimum_after(values, intervals, amount, chosen) -> int:
    """Smallest element after adding ``amount`` over the 1-based ``chosen`` intervals."""
    delta = [0] * (len(values) + 1)
    for j in chosen:
        left, right = intervals[j - 1]
        delta[left - 1] += amount
        delta[right] -= amount
    running, smallest = 0, None
    for v, d in zip(values, delta):
        running += d
        smallest = v + running if smallest is None else min(smallest, v + running)
    return smallest


class MaxMinimumAfterIntervalAdditions(Environment):
    description = "K of M intervals to add X to, maximising the smallest array element"
    answer_kind = "int_list"
    multiple_valid_answers = True
    answer_example = "2 2"
    catalog_name = "MaxMinimum_AfterIntervalAddition"

    def schedule(self, difficulty):
        return {
            "length": 14 + 2 * difficulty,
            "intervals": 12 + difficulty,
            "picks": 4 + difficulty // 3,
            "max_value": 10 + 2 * difficulty,
        }

    def generate_instance(self, rng, sizes):
        n, m, k, top = sizes["length"], sizes["intervals"], sizes["picks"], sizes["max_value"]
        for _ in range(REDRAWS):
            values, intervals, amount = planted_instance(rng, n, m, k, top)
            best, _ = best_interval_choice(values, intervals, amount, k)
            guesses = (rng.sample(range(1, m + 1), k) for _ in range(GUESSES))
            if all(minimum_after(values, intervals, amount, g) < best for g in guesses):
                break
        return {
            "values": values,
            "intervals": intervals,
            "amount": amount,
            "picks": k,
            "best_minimum": best,
        }

    def solve(self, instance):
        return best_interval_choice(
            instance["values"], instance["intervals"], instance["amount"], instance["picks"]
        )[1]

    def render(self, instance):
        values, k, x = instance["values"], instance["picks"], instance["amount"]
        listed = "\n".join(
            f"interval {j}: positions {left} to {right}"
            for j, (left, right) in enumerate(instance["intervals"], start=1)
        )
        return (
            f"{render_array('A', values)}\n\n"
            f"There are {len(instance['intervals'])} intervals of positions:\n{listed}\n\n"
            f"Choose exactly {k} different intervals. For every chosen interval, add {x} to each "
            "element of A whose position lies in it (both ends included); an element inside "
            f"several chosen intervals gets {x} once per interval. Make the smallest element of "
            "the resulting array as large as possible.\n"
            f"Answer with the numbers of the {k} chosen intervals separated by spaces, in any "
            "order (for example 1 4 5 means intervals 1, 4 and 5). If several choices reach the "
            "largest possible minimum, any one of them is accepted."
        )

    def parse(self, text, instance):
        return parse_int_list(text, length=instance["picks"], max_digits=6)

    def check(self, instance, answer, reference):
        m = len(instance["intervals"])
        problem = positions_problem(answer, m)
        if problem:
            return Verdict.wrong(problem.replace("position", "interval"))
        smallest = minimum_after(
            instance["values"], instance["intervals"], instance["amount"], answer
        )
        if smallest == instance["best_minimum"]:
            return Verdict.right()
        return Verdict.wrong(
            f"the smallest element becomes {smallest}, which is not the largest possible"
        )

    def random_answer(self, problem, rng, other):
        inst = problem.instance
        return " ".join(map(str, rng.sample(range(1, len(inst["intervals"]) + 1), inst["picks"])))

    def near_misses(self, problem):
        inst = problem.instance
        chosen = [int(t) for t in problem.answer.split()]
        m = len(inst["intervals"])
        misses = [
            " ".join(map(str, chosen[:-1] + [chosen[0]])),  # an interval twice
            " ".join(map(str, chosen[:-1] + [m + 1])),  # no such interval
            " ".join(map(str, chosen[:-1])),  # one pick short
        ]
        for j in range(1, m + 1):  # swap one pick for an unchosen interval that lowers the minimum
            if j in chosen:
                continue
            swapped = chosen[:-1] + [j]
            if (
                minimum_after(inst["values"], inst["intervals"], inst["amount"], swapped)
                < inst["best_minimum"]
            ):
                misses.append(" ".join(map(str, swapped)))
                break
        return misses
