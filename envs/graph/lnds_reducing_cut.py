"""LndsReducingCut: erase elements at minimum total cost so the longest non-decreasing
subsequence gets shorter.

A sequence a_1..a_N has a longest non-decreasing subsequence (LNDS) of length L; erasing
element i costs c_i. The task is to erase a set of elements of minimum total cost after which
the LNDS of what remains is shorter than L. Let f_i be the length of the longest non-decreasing
subsequence ending at i; every LNDS is a chain i_1 < ... < i_L with f = 1, 2, ..., L, so the
cheapest erasure is a minimum vertex cut in the layered network of those chains (each element
split into an arc of capacity c_i). The checker recomputes the LNDS after the erasure and
compares the cost with the optimum stored in the instance, so every cheapest set is accepted.

Difficulty schedule (N elements, values in 1..V, costs in 1..C):

    d       0    1    2    5   10   20        d
    N      21   22   24   28   36   51        21 + (3d) // 2
    V       5    5    6    7   10   15        5 + d // 2
    C       9   10   11   14   19   29        9 + d

The schedule starts at 21 elements: on 5 to 12 elements a handful of positions (the first two,
the last two) were the cheapest erasure on up to a third of the seeds.

Few distinct values make many tied chains, so the cut is not just the cheapest element of one
chain; the network has at most a few hundred arcs. When one element lies on every longest
subsequence (most random sequences have one), erasing it alone was often the cheapest answer,
and on small sequences that element was so often the same position that a fixed "5" was right
on a third of the seeds. So such elements cost C to 2C (the others 1 to C), and an instance in
which one of them is still a cheapest erasure is redrawn (up to three times): the cheapest
erasure almost always takes two or more elements.
"""

from __future__ import annotations

from rlve_gym import Environment, Verdict
from rlve_gym.answers import parse_int_list
from rlve_gym.kernels.flows import FLOW_INF, FlowNetwork

#: draws of a sequence before keeping one whose cheapest erasure may be a single element
ATTEMPTS = 4


def lnds_ending_at(values: list[int]) -> list[int]:
    """``f[i]``: length of the longest non-decreasing subsequence ending at ``i`` (O(N^2))."""
    ending = []
    for i, x in enumerate(values):
        ending.append(1 + max((ending[j] for j in range(i) if values[j] <= x), default=0))
    return ending


def lnds_length(values: list[int]) -> int:
    return max(lnds_ending_at(values), default=0)


def on_every_longest(values: list[int]) -> list[bool]:
    """Whether each element lies on every longest non-decreasing subsequence (by counting the
    longest chains through it: those ending there times those starting there)."""
    n = len(values)
    ending = lnds_ending_at(values)
    longest = max(ending, default=0)
    ways_to = [0] * n  # chains 1, 2, ..., f_i ending at i
    for i in range(n):
        if ending[i] == 1:
            ways_to[i] = 1
        else:
            ways_to[i] = sum(
                ways_to[j]
                for j in range(i)
                if values[j] <= values[i] and ending[j] == ending[i] - 1
            )
    ways_from = [0] * n  # chains f_i, ..., longest starting at i
    for i in reversed(range(n)):
        if ending[i] == longest:
            ways_from[i] = 1
        else:
            ways_from[i] = sum(
                ways_from[j]
                for j in range(i + 1, n)
                if values[i] <= values[j] and ending[j] == ending[i] + 1
            )
    total = sum(ways_to[i] for i in range(n) if ending[i] == longest)
    return [ways_to[i] * ways_from[i] == total for i in range(n)]


def cheapest_reduction(values: list[int], costs: list[int]) -> tuple[int, list[int]]:
    """``(minimum cost, erased positions 0-based)``: a minimum vertex cut of the LNDS chains."""
    n = len(values)
    ending = lnds_ending_at(values)
    longest = max(ending)
    source, sink = 2 * n, 2 * n + 1
    net = FlowNetwork(2 * n + 2)
    for i in range(n):
        net.add_arc(i, n + i, costs[i])  # element i: in-node i, out-node n + i
        if ending[i] == 1:
            net.add_arc(source, i, FLOW_INF)
        if ending[i] == longest:
            net.add_arc(n + i, sink, FLOW_INF)
        for j in range(i + 1, n):
            if values[i] <= values[j] and ending[j] == ending[i] + 1:
                net.add_arc(n + i, j, FLOW_INF)
    cost = net.max_flow(source, sink)
    side = net.source_side(source)
    return cost, [i for i in range(n) if side[i] and not side[n + i]]


class LndsReducingCut(Environment):
    description = "Erase elements of minimum total cost so the longest non-decreasing subsequence gets shorter"
    answer_kind = "int_list"
    multiple_valid_answers = True
    answer_example = "3 8 10"
    catalog_name = "MinCostReducingLNDS"

    def schedule(self, difficulty):
        return {
            "length": 21 + (3 * difficulty) // 2,
            "max_value": 5 + difficulty // 2,
            "max_cost": 9 + difficulty,
        }

    def generate_instance(self, rng, sizes):
        n = sizes["length"]
        for _ in range(ATTEMPTS):  # avoid instances a single erased element answers
            values = [rng.randint(1, sizes["max_value"]) for _ in range(n)]
            alone = on_every_longest(values)
            top = sizes["max_cost"]
            costs = [
                rng.randint(top, 2 * top) if alone[i] else rng.randint(1, top) for i in range(n)
            ]
            cost, erased = cheapest_reduction(values, costs)
            if not any(alone[i] and costs[i] == cost for i in range(n)):
                break
        return {"values": values, "costs": costs, "lnds": lnds_length(values), "min_cost": cost}

    def solve(self, instance):
        return [i + 1 for i in cheapest_reduction(instance["values"], instance["costs"])[1]]

    def render(self, instance):
        values, costs = instance["values"], instance["costs"]
        n = len(values)
        return (
            f"A sequence of {n} integers a_1, ..., a_{n} is given, and erasing element a_i costs c_i:\n\n"
            f"a: {' '.join(map(str, values))}\n"
            f"c: {' '.join(map(str, costs))}\n\n"
            "A non-decreasing subsequence is a selection of elements, kept in their original order, "
            f"in which each is >= the one before. The longest non-decreasing subsequence of a has "
            f"length {instance['lnds']}.\n"
            "Erase a set of elements with the smallest possible total cost such that the longest "
            f"non-decreasing subsequence of the remaining elements is shorter than {instance['lnds']}. "
            "Any such cheapest set is accepted.\n"
            "Answer with the positions (1-based indices i) of the erased elements, separated by spaces."
        )

    def parse(self, text, instance):
        return parse_int_list(text, max_items=len(instance["values"]), max_digits=6)

    def check(self, instance, answer, reference):
        values, costs = instance["values"], instance["costs"]
        n = len(values)
        if any(not 1 <= i <= n for i in answer):
            return Verdict.wrong(f"positions must be between 1 and {n}")
        if len(set(answer)) != len(answer):
            return Verdict.wrong("a position is listed more than once")
        erased = set(answer)
        remaining = [values[i] for i in range(n) if i + 1 not in erased]
        if lnds_length(remaining) >= instance["lnds"]:
            return Verdict.wrong(
                f"the remaining sequence still has a non-decreasing subsequence of length {instance['lnds']}"
            )
        cost = sum(costs[i - 1] for i in answer)
        if cost != instance["min_cost"]:
            return Verdict.wrong(
                f"the subsequence gets shorter, but the cost {cost} is not the minimum"
            )
        return Verdict.right()

    def random_answer(self, problem, rng, other):
        """A blind guess: a few random positions to erase."""
        n = len(problem.instance["values"])
        return " ".join(map(str, sorted(rng.sample(range(1, n + 1), rng.randint(1, n // 2)))))

    def near_misses(self, problem):
        chosen = [int(x) for x in problem.answer.split()]
        n = len(problem.instance["values"])
        extra = next(i for i in range(1, n + 1) if i not in chosen)  # costs > 0: dearer
        return [
            " ".join(map(str, m)) for m in (chosen[:-1], chosen + [extra], chosen + [chosen[0]])
        ]
