"""ClosestMonotoneSequence: the monotone integer sequence closest to a given one in total absolute
difference.

The solver sees N integers A[1..N] and answers with N integers B[1..N] that are monotone - either
non-decreasing or non-increasing, its choice - with the smallest possible cost
|A[1] - B[1]| + ... + |A[N] - B[N]|. Any monotone B of the smallest cost is correct (there are
usually many: a flat stretch of B can often sit anywhere between two medians); others earn nothing.

The reference runs the "slope trick" for each direction: scan A keeping a max-heap of the values
the current optimal non-decreasing fit is pinned to; when a new value is below the heap top, the
top is paid down to it (cost += top - value) and replaced. The fit itself is rebuilt backwards as
B[i] = min(B[i+1], heap top after step i). Non-increasing fits are the same on -A. O(N log N).

A is a noisy trend: a random slope (either sign) times the position plus uniform noise of the
size of the range, so neither direction is trivially right, the unchanged A is far from monotone,
and a constant B (the median) is far from optimal.

Difficulty schedule:

    d          0   1   2   3  ...  10  ...  20  ...  d
    length     8  10  12  14  ...  28  ...  48  ...  8 + 2d
    noise     20  25  30  35  ...  70  ...  120 ...  20 + 5d

Level 0 fits 8 numbers; every level adds two numbers and widens the values, so there are more
pools of violating neighbours to merge and more digits per cost.
"""

from __future__ import annotations

import heapq

from rlve_gym import Environment, Verdict
from rlve_gym.answers import parse_int_list
from rlve_gym.sequences import render_array


def closest_non_decreasing(values: list[int]) -> tuple[int, list[int]]:
    """(smallest cost, one non-decreasing sequence of that cost) by the slope trick."""
    heap: list[int] = []  # max-heap by negation
    cost, tops = 0, []
    for v in values:
        heapq.heappush(heap, -v)
        if -heap[0] > v:
            cost += -heap[0] - v
            heapq.heapreplace(heap, -v)
        tops.append(-heap[0])
    fit = tops[:]
    for i in range(len(fit) - 2, -1, -1):
        fit[i] = min(fit[i], fit[i + 1])
    return cost, fit


def closest_monotone(values: list[int]) -> tuple[int, list[int]]:
    """(smallest cost, one optimal fit) over both directions, non-decreasing first on ties."""
    up_cost, up = closest_non_decreasing(values)
    down_cost, down = closest_non_decreasing([-v for v in values])
    if down_cost < up_cost:
        return down_cost, [-v for v in down]
    return up_cost, up


def monotone_direction(seq: list[int]) -> str | None:
    if all(a <= b for a, b in zip(seq, seq[1:])):
        return "non-decreasing"
    if all(a >= b for a, b in zip(seq, seq[1:])):
        return "non-increasing"
    return None


class ClosestMonotoneSequence(Environment):
    description = "A monotone integer sequence with the smallest total absolute difference from A"
    answer_kind = "int_list"
    multiple_valid_answers = True
    answer_example = "-4 -4 -9"
    catalog_name = "MakingGrade"

    def schedule(self, difficulty):
        return {"length": 8 + 2 * difficulty, "noise": 20 + 5 * difficulty}

    def generate_instance(self, rng, sizes):
        n, noise = sizes["length"], sizes["noise"]
        slope = rng.uniform(0.5, 2.5) * noise / n
        values = [round(slope * i) + rng.randint(0, noise) for i in range(n)]
        if rng.random() < 0.5:
            values.reverse()
        best, _ = closest_monotone(values)
        return {"values": values, "best_cost": best}

    def solve(self, instance):
        return closest_monotone(instance["values"])[1]

    def render(self, instance):
        values = instance["values"]
        n = len(values)
        return (
            f"{render_array('A', values)}\n\n"
            f"Find integers B[1], ..., B[{n}] that form a monotone sequence - either "
            f"non-decreasing (B[1] <= B[2] <= ... <= B[{n}]) or non-increasing "
            f"(B[1] >= B[2] >= ... >= B[{n}]), whichever you like - such that the cost "
            f"|A[1] - B[1]| + |A[2] - B[2]| + ... + |A[{n}] - B[{n}]| is as small as possible.\n"
            f"Answer with the {n} integers B[1] ... B[{n}] separated by spaces. For example, for "
            "A = [1, 3, 2] the answer 1 2 2 (non-decreasing, cost 0 + 1 + 0 = 1) is optimal. If "
            "several sequences reach the smallest cost, any one of them is accepted."
        )

    def parse(self, text, instance):
        return parse_int_list(text, length=len(instance["values"]), max_digits=9)

    def check(self, instance, answer, reference):
        if monotone_direction(answer) is None:
            return Verdict.wrong("B is neither non-decreasing nor non-increasing")
        cost = sum(abs(a - b) for a, b in zip(instance["values"], answer))
        if cost == instance["best_cost"]:
            return Verdict.right()
        return Verdict.wrong(f"B is monotone, but its cost {cost} is not the smallest possible")

    def random_answer(self, problem, rng, other):
        values = problem.instance["values"]
        fit = sorted(rng.randint(min(values), max(values)) for _ in values)
        return " ".join(map(str, fit if rng.random() < 0.5 else fit[::-1]))

    def near_misses(self, problem):
        values = problem.instance["values"]
        fit = [int(t) for t in problem.answer.split()]
        raised = fit[:-1] + [fit[-1] + 1] if fit[-1] >= fit[0] else [fit[0] + 1] + fit[1:]
        misses = [" ".join(map(str, fit[:-1]))]  # one number missing
        if sum(abs(a - b) for a, b in zip(values, raised)) > problem.instance["best_cost"]:
            misses.append(" ".join(map(str, raised)))
        if monotone_direction(values) is None:
            misses.append(" ".join(map(str, values)))  # A itself: cost 0 but not monotone
        return misses
