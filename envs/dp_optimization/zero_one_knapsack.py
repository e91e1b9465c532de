"""ZeroOneKnapsack: choose items within a weight capacity to maximise their total value.

Each item has a positive integer weight and value and may be taken at most once. Any selection
whose total weight fits the capacity and whose total value equals the optimum is correct (there
are often several). A feasible selection below the optimum earns partial credit only for the part
of the gap it closes between a blind answer and the optimum: the instance stores the best value
of 32 random greedy fills (items in random order, each taken if it still fits), which already
reach 70-80% of the optimum, so a random feasible selection earns about nothing.
Any two items fit together (so an optimal selection always has at least two items) and the
capacity is otherwise 35-60% of the total weight, below the total, so neither a single item nor
"take everything" is ever right.

Difficulty schedule:

    d             0   1   2   3  ...  10  ...  20  ...  d
    items        11  12  13  14  ...  21  ...  31  ...  11 + d
    max_weight   31  34  37  40  ...  61  ...  91  ...  31 + 3d
    max_value    31  34  37  40  ...  61  ...  91  ...  31 + 3d

Level 0 has 11 items: with fewer, a random feasible fill is optimal too often (a third of the
time with 4 items, a tenth with 8, 6% with 10). More items mean exponentially more subsets to consider by hand, while the dynamic programme over
capacities (items x capacity, numpy-vectorised per item) stays well under a millisecond.
"""

from __future__ import annotations

import numpy as np

from rlve_gym import Environment, Verdict
from rlve_gym.answers import parse_int_list
from rlve_gym.scoring import gap_closed_score

#: random greedy fills whose best value is the blind baseline for partial credit
BLIND_FILLS = 32


def best_selection(weights: list[int], values: list[int], capacity: int) -> tuple[int, list[int]]:
    """(optimal total value, 0-based indices of one optimal selection) by DP over capacities."""
    best = np.zeros(capacity + 1, dtype=np.int64)  # best[c]: max value with total weight <= c
    took = np.zeros((len(weights), capacity + 1), dtype=bool)
    for i, (w, v) in enumerate(zip(weights, values, strict=True)):
        if w > capacity:
            continue
        with_item = best[: capacity + 1 - w] + v  # computed from the table before item i
        better = with_item > best[w:]
        took[i, w:] = better
        best[w:] = np.where(better, with_item, best[w:])
    chosen, room = [], capacity
    for i in range(len(weights) - 1, -1, -1):
        if took[i, room]:
            chosen.append(i)
            room -= weights[i]
    return int(best[capacity]), sorted(chosen)


def random_fill(rng, weights: list[int], capacity: int) -> list[int]:
    """0-based items taken in a random order whenever they still fit (a blind answer)."""
    order = list(range(len(weights)))
    rng.shuffle(order)
    room, taken = capacity, []
    for i in order:
        if weights[i] <= room:
            room -= weights[i]
            taken.append(i)
    return taken


class ZeroOneKnapsack(Environment):
    description = (
        "Indices of items within a weight capacity with the largest total value (0/1 knapsack)"
    )
    answer_kind = "int_list"
    multiple_valid_answers = True
    answer_example = "1 4 5"
    catalog_name = "Knapsack"

    def schedule(self, difficulty):
        return {
            "items": 11 + difficulty,
            "max_weight": 31 + 3 * difficulty,
            "max_value": 31 + 3 * difficulty,
        }

    def generate_instance(self, rng, sizes):
        n = sizes["items"]
        weights = [rng.randint(1, sizes["max_weight"]) for _ in range(n)]
        values = [rng.randint(1, sizes["max_value"]) for _ in range(n)]
        total = sum(weights)
        two_heaviest = sum(sorted(weights)[-2:])
        capacity = max(two_heaviest, int(total * rng.uniform(0.35, 0.6)))
        capacity = min(
            capacity, total - 1
        )  # never room for everything (n >= 4 keeps two_heaviest below)
        best_value, _ = best_selection(weights, values, capacity)
        return {
            "weights": weights,
            "values": values,
            "capacity": capacity,
            "best_value": best_value,
            "blind_value": max(
                sum(values[i] for i in random_fill(rng, weights, capacity))
                for _ in range(BLIND_FILLS)
            ),
        }

    def solve(self, instance):
        _, chosen = best_selection(instance["weights"], instance["values"], instance["capacity"])
        return [i + 1 for i in chosen]

    def render(self, instance):
        items = "\n".join(
            f"item {i}: weight {w}, value {v}"
            for i, (w, v) in enumerate(
                zip(instance["weights"], instance["values"], strict=True), start=1
            )
        )
        return (
            f"There are {len(instance['weights'])} items:\n{items}\n\n"
            f"Choose a set of items whose total weight is at most {instance['capacity']} and whose "
            "total value is as large as possible. Each item can be chosen at most once.\n"
            "Answer with the numbers of the chosen items separated by spaces, in any order "
            "(for example 1 4 5 means items 1, 4 and 5). If several sets reach the largest total "
            "value, any one of them is accepted."
        )

    def parse(self, text, instance):
        return parse_int_list(text, max_items=len(instance["weights"]) + 1, max_digits=6)

    def check(self, instance, answer, reference):
        weights, values = instance["weights"], instance["values"]
        n = len(weights)
        if any(not 1 <= i <= n for i in answer):
            return Verdict.wrong(f"item numbers must be between 1 and {n}")
        if len(set(answer)) != len(answer):
            return Verdict.wrong("an item is chosen more than once")
        weight = sum(weights[i - 1] for i in answer)
        if weight > instance["capacity"]:
            return Verdict.wrong(
                f"total weight {weight} exceeds the capacity {instance['capacity']}"
            )
        value = sum(values[i - 1] for i in answer)
        best = instance["best_value"]
        if value == best:
            return Verdict.right()
        return Verdict.wrong(
            f"feasible, but total value {value} is not the largest possible",
            score=gap_closed_score(value, best, instance["blind_value"]),
        )

    def random_answer(self, problem, rng, other):
        instance = problem.instance
        taken = random_fill(rng, instance["weights"], instance["capacity"])
        return " ".join(str(i + 1) for i in sorted(taken))

    def near_misses(self, problem):
        instance = problem.instance
        chosen = [int(t) for t in problem.answer.split()]
        n = len(instance["weights"])
        cheapest = min(chosen, key=lambda i: instance["values"][i - 1])
        misses = [
            " ".join(str(i) for i in chosen if i != cheapest),  # feasible, value drops
            " ".join(map(str, chosen + [chosen[0]])),  # an item twice
            " ".join(map(str, chosen + [n + 1])),  # no such item
        ]
        left_out = [i for i in range(1, n + 1) if i not in chosen]
        if left_out:  # adding anything to an optimal set must overflow the capacity
            misses.append(" ".join(map(str, chosen + left_out[:1])))
        return misses
