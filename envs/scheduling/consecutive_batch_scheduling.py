"""ConsecutiveBatchScheduling: cut a fixed sequence of tasks into batches to minimise the total
weighted completion time, when every batch costs a setup time.

N tasks must run on one machine in the given order; task i takes t_i time units and has a cost
weight w_i. The solver cuts the sequence into consecutive batches. The machine runs the batches
one after another from time 0: each batch first needs a setup of S time units, then runs its
tasks back to back, and every task of a batch is finished when the whole batch is (at the batch's
end time). The total cost is the sum over tasks of w_i times its finish time. The answer is the
batch sizes from first to last; every split with the smallest total cost is correct (there can be
several). Scores are binary.

The reference is the classic O(N^2) dynamic programme: a setup at the start of a batch delays
every later task, and a task's time delays its own batch and all later ones, so with prefix
sums T and W, best[i] = min over j < i of best[j] + (S + T[i] - T[j]) * (W[N] - W[j]). The
instance stores the optimal cost; the checker recomputes the cost of the given split. Instances
where one batch of everything or N single-task batches is optimal are redrawn (a bounded number
of times), so those two lazy answers are almost never right.

Difficulty schedule (times and the setup from [1, max_value], weights k^2 with k from
[1, max_value]):

    d            0   1   2   3  ...  10  ...  20  ...  d
    tasks       12  13  14  15  ...  22  ...  32  ...  12 + d
    max_value    9   9  10  10  ...  14  ...  19  ...  9 + d // 2

One more task each level doubles the number of splits. Weights are squares so that a few heavy
tasks pull cuts right after them, and the setup is at most one task's longest time: with
uniform weights or longer setups, optimal splits take a few typical shapes ("5 4 1") that were
right on 8-12% of seeds as constant answers. Level 0 has 12 tasks (2,048 splits); the most
common optimal split there is shared by about 2.5% of seeds.
"""

from __future__ import annotations

from rlve_gym import Environment, Verdict
from rlve_gym.answers import parse_int_list

REDRAWS = 20


def split_cost(times: list[int], weights: list[int], setup: int, sizes: list[int]) -> int:
    """Total weighted finish time of the split into consecutive batches of ``sizes``."""
    clock = cost = start = 0
    for size in sizes:
        batch = range(start, start + size)
        clock += setup + sum(times[i] for i in batch)
        cost += clock * sum(weights[i] for i in batch)
        start += size
    return cost


def best_split(times: list[int], weights: list[int], setup: int) -> tuple[int, list[int]]:
    """(smallest total cost, batch sizes of one optimal split) by the O(N^2) DP."""
    n = len(times)
    time_prefix, weight_prefix = [0], [0]
    for t, w in zip(times, weights, strict=True):
        time_prefix.append(time_prefix[-1] + t)
        weight_prefix.append(weight_prefix[-1] + w)
    total_weight = weight_prefix[n]
    best = [0] + [None] * n
    cut = [0] * (n + 1)
    for i in range(1, n + 1):
        for j in range(i):
            value = best[j] + (setup + time_prefix[i] - time_prefix[j]) * (
                total_weight - weight_prefix[j]
            )
            if best[i] is None or value < best[i]:
                best[i], cut[i] = value, j
    sizes, end = [], n
    while end:
        sizes.append(end - cut[end])
        end = cut[end]
    return best[n], sizes[::-1]


class ConsecutiveBatchScheduling(Environment):
    description = (
        "Batch sizes for consecutive tasks with setup times minimising total weighted finish time"
    )
    answer_kind = "int_list"
    multiple_valid_answers = True
    answer_example = "2 1 3"
    catalog_name = "TaskArrangement"

    def schedule(self, difficulty):
        return {"tasks": 12 + difficulty, "max_value": 9 + difficulty // 2}

    def generate_instance(self, rng, sizes):
        n, top = sizes["tasks"], sizes["max_value"]
        for _ in range(REDRAWS):
            times = [rng.randint(1, top) for _ in range(n)]
            weights = [rng.randint(1, top) ** 2 for _ in range(n)]
            setup = rng.randint(1, top)
            best, _ = best_split(times, weights, setup)
            lazy = (
                split_cost(times, weights, setup, [n]),
                split_cost(times, weights, setup, [1] * n),
            )
            if best not in lazy:
                break
        return {"times": times, "weights": weights, "setup": setup, "best_cost": best}

    def solve(self, instance):
        return best_split(instance["times"], instance["weights"], instance["setup"])[1]

    def render(self, instance):
        times, weights = instance["times"], instance["weights"]
        n = len(times)
        return (
            f"{n} tasks must run on one machine in this fixed order (time, weight):\n"
            + "\n".join(
                f"task {i}: time {t}, weight {w}"
                for i, (t, w) in enumerate(zip(times, weights, strict=True), 1)
            )
            + f"\n\nCut the sequence into batches of consecutive tasks (batch 1 starts with task 1, "
            "each next batch continues right after the previous one). The machine runs the batches "
            f"one after another starting at time 0: each batch first needs a setup of {instance['setup']} "
            "time units, then runs its tasks back to back. Every task of a batch finishes when the "
            "whole batch finishes. The cost of a task is its weight times its finish time; make the "
            "total cost of all tasks as small as possible.\n"
            f"Answer with the number of tasks in each batch, from the first batch to the last, "
            f"separated by spaces: positive integers that add up to {n}. For example, 2 1 3 means "
            "batches {1, 2}, {3} and {4, 5, 6} of six tasks. If several splits reach the smallest "
            "total cost, any one of them is accepted."
        )

    def parse(self, text, instance):
        return parse_int_list(text, max_items=len(instance["times"]) + 1, max_digits=6)

    def check(self, instance, answer, reference):
        n = len(instance["times"])
        if not answer:
            return Verdict.wrong("no batch sizes given")
        if any(size < 1 for size in answer):
            return Verdict.wrong("every batch must contain at least one task")
        if sum(answer) != n:
            return Verdict.wrong(f"the batch sizes add up to {sum(answer)}, not {n}")
        cost = split_cost(instance["times"], instance["weights"], instance["setup"], answer)
        if cost == instance["best_cost"]:
            return Verdict.right()
        return Verdict.wrong(f"the total cost of this split is {cost}, which is not the smallest")

    def random_answer(self, problem, rng, other):
        n = len(problem.instance["times"])
        cuts = [k for k in range(1, n) if rng.random() < 0.35]
        bounds = [0, *cuts, n]
        return " ".join(str(bounds[i + 1] - bounds[i]) for i in range(len(bounds) - 1))

    def near_misses(self, problem):
        instance = problem.instance
        sizes = [int(t) for t in problem.answer.split()]
        n = len(instance["times"])
        misses = [
            " ".join(map(str, sizes[:-1] + [sizes[-1] + 1])),  # one task too many
            " ".join(map(str, [0] + sizes)),  # an empty batch
        ]
        for candidate in ([n], [1] * n):
            cost = split_cost(instance["times"], instance["weights"], instance["setup"], candidate)
            if cost != instance["best_cost"]:
                misses.append(" ".join(map(str, candidate)))
        return misses
