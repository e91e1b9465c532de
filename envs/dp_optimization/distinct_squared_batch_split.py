"""DistinctSquaredBatchSplit: cut a row of labels into consecutive batches minimising the sum of squared distinct counts.

The solver sees a row of N labels (small positive integers) and splits it into consecutive
non-empty batches of any number; a batch costs the square of the number of different labels in
it, and the total cost should be smallest. The answer is the list of batch sizes from first to
last. Every split whose total equals the optimum is correct; the optimum is stored at generation.
Scores are binary.

The reference solver is the DP over prefixes: for each end it scans the possible starts from
right to left while counting distinct labels, O(N^2) steps.

Rows are built from stretches, each using a small local set of 2-3 labels, so that batches with
several labels pay off. Rows where a simple split is optimal (one or two batches, every element
alone, or every run of equal labels as its own batch) are redrawn; after a bounded number of draws the row
is replaced by "1 2 1 2 ... 3 4 3 4 ... 1 2 1 2 ..." (three thirds), where the three thirds as
batches (cost 12) beat one batch (16), any two batches (at least 13), runs and single elements
(N >= 13).

Difficulty schedule:

    d            0   1   2   3  ...  10  ...  20  ...  d
    elements    13  15  17  19  ...  33  ...  53  ...  13 + 2d
    labels       4   4   5   5  ...   9  ...  14  ...  4 + d // 2

Level 0 has 13 elements: with fewer, the optimal split is too often a simple one. Longer rows
with more labels give more stretches and more borderline decisions about where batches end.
"""

from __future__ import annotations

from rlve_gym import Environment, Verdict
from rlve_gym.answers import parse_int_list

#: draws before falling back to an alternating row
REDRAWS = 20


def split_cost(labels: list[int], sizes: list[int]) -> int:
    total, start = 0, 0
    for size in sizes:
        total += len(set(labels[start : start + size])) ** 2
        start += size
    return total


def cheapest_split(labels: list[int]) -> tuple[int, list[int]]:
    """(smallest total cost, batch sizes of one split reaching it)."""
    n = len(labels)
    cost = [0] + [n * n + 1] * n  # cost[i]: first i labels
    start_of_last = [0] * (n + 1)
    for end in range(1, n + 1):
        seen: set[int] = set()
        for start in range(end - 1, -1, -1):
            seen.add(labels[start])
            squared = len(seen) ** 2
            if squared > end:  # a batch costing more than all singletons never helps
                break
            if cost[start] + squared < cost[end]:
                cost[end], start_of_last[end] = cost[start] + squared, start
    sizes, end = [], n
    while end:
        sizes.append(end - start_of_last[end])
        end = start_of_last[end]
    return cost[n], sizes[::-1]


def equal_runs(labels: list[int]) -> list[int]:
    """Sizes of the maximal runs of equal labels."""
    runs = [1]
    for a, b in zip(labels, labels[1:]):
        if a == b:
            runs[-1] += 1
        else:
            runs.append(1)
    return runs


def stretch_row(rng, n: int, alphabet: int) -> list[int]:
    """Stretches of 3 to 8 elements, each drawn from its own set of 2 or 3 labels."""
    row: list[int] = []
    while len(row) < n:
        local = rng.sample(range(1, alphabet + 1), rng.randint(2, 3))
        row.extend(rng.choice(local) for _ in range(rng.randint(3, 8)))
    return row[:n]


class DistinctSquaredBatchSplit(Environment):
    description = (
        "Batch sizes splitting a row to minimise the summed squares of distinct-label counts"
    )
    answer_kind = "int_list"
    multiple_valid_answers = True
    answer_example = "3 1"
    catalog_name = "CleaningUp"

    def schedule(self, difficulty):
        return {"elements": 13 + 2 * difficulty, "labels": 4 + difficulty // 2}

    def generate_instance(self, rng, sizes):
        n = sizes["elements"]
        for _ in range(REDRAWS):
            labels = stretch_row(rng, n, sizes["labels"])
            best, _ = cheapest_split(labels)
            simple = [n, split_cost(labels, equal_runs(labels))]  # singles, runs of equals
            simple += [split_cost(labels, [k, n - k]) for k in range(1, n)]  # two batches
            if best < min(simple) and best < len(set(labels)) ** 2:  # and one batch
                break
        else:
            labels = [1 + i % 2 + 2 * (n <= 3 * i < 2 * n) for i in range(n)]
            best, _ = cheapest_split(labels)
        return {"labels": labels, "best_cost": best}

    def solve(self, instance):
        return cheapest_split(instance["labels"])[1]

    def render(self, instance):
        labels = instance["labels"]
        n = len(labels)
        return (
            f"A row of {n} labels: {' '.join(map(str, labels))}\n\n"
            "Split the row into batches of consecutive elements (as many batches as you like): "
            "every element goes into exactly one batch, batches are non-empty, and the order is "
            "kept. A batch costs k * k, where k is the number of different labels in it. Make "
            "the total cost of all batches as small as possible.\n"
            "For example, the row 1 2 1 3 split as 1 2 1 | 3 costs 2 * 2 + 1 * 1 = 5.\n"
            "Answer with the sizes of the batches from first to last (how many elements each "
            f"batch has), separated by spaces: positive integers adding up to {n}. If several "
            "splits reach the smallest total cost, any one of them is accepted."
        )

    def parse(self, text, instance):
        return parse_int_list(text, max_items=len(instance["labels"]) + 1, max_digits=6)

    def check(self, instance, answer, reference):
        n = len(instance["labels"])
        if not answer:
            return Verdict.wrong("expected at least one batch size")
        if any(size < 1 for size in answer):
            return Verdict.wrong("every batch must contain at least one element")
        if sum(answer) != n:
            return Verdict.wrong(f"the batch sizes add up to {sum(answer)}, not {n}")
        cost = split_cost(instance["labels"], answer)
        if cost == instance["best_cost"]:
            return Verdict.right()
        return Verdict.wrong(f"valid split, but its total cost {cost} is not the smallest")

    def random_answer(self, problem, rng, other):
        n = len(problem.instance["labels"])
        count = rng.randint(1, n)
        bounds = [0, *sorted(rng.sample(range(1, n), count - 1)), n]
        return " ".join(str(bounds[i + 1] - bounds[i]) for i in range(count))

    def near_misses(self, problem):
        labels = problem.instance["labels"]
        sizes = [int(t) for t in problem.answer.split()]
        n = len(labels)
        return [
            str(n),  # one batch: never optimal here
            " ".join(["1"] * n),  # every element alone: never optimal here
            " ".join(map(str, equal_runs(labels))),  # runs of equal labels: never optimal here
            " ".join(map(str, sizes[:-1] + [sizes[-1] + 1])),  # adds up to N + 1
            " ".join(map(str, [0, *sizes])),  # an empty batch
        ]
