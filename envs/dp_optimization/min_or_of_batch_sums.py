"""MinOrOfBatchSums: split a row into at most K consecutive batches so the bitwise OR of the batch sums is smallest.

The solver sees N positive integers in a fixed order and a number K, and splits the row into
between 1 and K non-empty batches of consecutive elements; the value of a split is the bitwise
OR of its batch sums. It answers with the batch sizes from first to last. Every split whose OR
equals the optimum is correct (there are usually several); the optimum is stored at generation.
Scores are binary.

The optimum is built bit by bit from the highest: a bit is left out of the answer whenever the
row can still be split into at most K batches whose sums use only the bits allowed so far; the
feasibility test is a fewest-batches DP over prefixes (numpy-vectorised per prefix), so the
whole solver is O(bits * N^2) elementary steps.

Near-even splits are what a guesser tries first (equal sums tend to share bits), so instances
where a split into at most K batches of nearly equal sizes (floor or ceil of N / count, in every
arrangement for up to 6 batches) is optimal are redrawn; after a bounded number of draws (never
reached in practice) the first element is set to 1 and the second moved by one so that the rest
sums to an odd number, which at least makes "1 | rest" strictly better than the whole row.

Difficulty schedule (K is drawn from [4, N/2]):

    d            0   1   2   3  ...  10  ...  20  ...  d
    elements    14  15  16  17  ...  24  ...  34  ...  14 + d
    max_value   30  35  40  45  ...  80  ...  130 ...  30 + 5d

Level 0 has 14 elements and at least 4 batches: with 10 elements or at most 2-3 batches a few
fixed near-balanced splits are optimal on 6-15% of instances. Each level adds an element and
widens the values (more bits in the sums).
"""

from __future__ import annotations

import itertools

import numpy as np

from rlve_gym import Environment, Verdict
from rlve_gym.answers import parse_int_list
from rlve_gym.sequences import random_values

#: draws before forcing an instance on which the whole row as one batch is not optimal
REDRAWS = 20


def or_of_batch_sums(values: list[int], sizes: list[int]) -> int:
    result, start = 0, 0
    for size in sizes:
        result |= sum(values[start : start + size])
        start += size
    return result


def near_even_splits(n: int, most: int) -> list[list[int]]:
    """Splits a blind answer would try: for every batch count up to ``most``, sizes as equal as
    possible (floor or ceil of n / count) in every arrangement for up to 6 batches, and longer
    batches first beyond."""
    splits = []
    for count in range(1, most + 1):
        small, extra = divmod(n, count)
        if count <= 6:
            for longer in itertools.combinations(range(count), extra):
                splits.append([small + (i in longer) for i in range(count)])
        else:
            splits.append([small + 1] * extra + [small] * (count - extra))
    return splits


def whole_row_beaten(values: list[int]) -> list[int]:
    """A copy with the first element 1 and the rest summing to an odd number (the second element
    moved by one if needed): then 1 & rest = 1, so 1 | rest < 1 + rest, the whole row's sum."""
    values = [1, *values[1:]]
    if sum(values[1:]) % 2 == 0:
        values[1] += -1 if values[1] > 1 else 1
    return values


def fewest_batches(prefix: np.ndarray, allowed: int) -> tuple[int, np.ndarray]:
    """(fewest batches whose sums are submasks of ``allowed``, or a huge number when impossible;
    for every prefix length the start of its last batch in such a split)."""
    n = len(prefix) - 1
    huge = n + 1
    count = np.full(n + 1, huge, dtype=np.int64)
    count[0] = 0
    last_start = np.zeros(n + 1, dtype=np.int64)
    forbidden = ~np.int64(allowed)
    for i in range(1, n + 1):
        fits = ((prefix[i] - prefix[:i]) & forbidden) == 0
        options = np.where(fits, count[:i] + 1, huge)
        best = int(np.argmin(options))
        count[i], last_start[i] = options[best], best
    return int(count[n]), last_start


def smallest_or_split(values: list[int], batches: int) -> tuple[int, list[int]]:
    """(smallest OR of batch sums over splits into at most ``batches`` batches, the batch sizes
    of one split reaching it)."""
    prefix = np.concatenate(([0], np.cumsum(values, dtype=np.int64)))
    allowed = (1 << int(prefix[-1]).bit_length()) - 1
    for bit in range(int(prefix[-1]).bit_length() - 1, -1, -1):
        if fewest_batches(prefix, allowed & ~(1 << bit))[0] <= batches:
            allowed &= ~(1 << bit)
    _, last_start = fewest_batches(prefix, allowed)
    sizes, end = [], len(values)
    while end > 0:
        start = int(last_start[end])
        sizes.append(end - start)
        end = start
    sizes.reverse()
    return or_of_batch_sums(values, sizes), sizes


class MinOrOfBatchSums(Environment):
    description = (
        "Batch sizes splitting a row into at most K batches with the smallest OR of batch sums"
    )
    answer_kind = "int_list"
    multiple_valid_answers = True
    answer_example = "2 1"
    catalog_name = "MinDivisionSumXor"

    def schedule(self, difficulty):
        return {"elements": 14 + difficulty, "max_value": 30 + 5 * difficulty}

    def generate_instance(self, rng, sizes):
        n, high = sizes["elements"], sizes["max_value"]
        batches = rng.randint(4, n // 2)
        for _ in range(REDRAWS):
            values = random_values(rng, n, 1, high)
            best, _ = smallest_or_split(values, batches)
            if best < min(or_of_batch_sums(values, s) for s in near_even_splits(n, batches)):
                break
        else:
            values = whole_row_beaten(values)
            best, _ = smallest_or_split(values, batches)
        return {"values": values, "batches": batches, "best_or": best}

    def solve(self, instance):
        return smallest_or_split(instance["values"], instance["batches"])[1]

    def render(self, instance):
        values, k = instance["values"], instance["batches"]
        return (
            f"A row of {len(values)} positive integers: {' '.join(map(str, values))}\n\n"
            f"Split the row into at least 1 and at most {k} batches of consecutive elements: "
            "every element goes into exactly one batch, batches are non-empty, and the order is "
            "kept (batch 1 is a prefix of the row, batch 2 continues right after it, and so "
            "on). The sum of a batch is the sum of its elements. Make the bitwise OR of all "
            "batch sums as small as possible.\n"
            "Answer with the sizes of the batches from first to last (how many elements each "
            f"batch has), separated by spaces: between 1 and {k} positive integers that add up to "
            f"{len(values)}. For example, for the row 5 2 6 the answer 2 1 means the batches "
            "5 2 and 6, with sums 7 and 6 and OR 7. If several splits reach the smallest OR, "
            "any one of them is accepted."
        )

    def parse(self, text, instance):
        return parse_int_list(text, max_items=instance["batches"] + 1, max_digits=6)

    def check(self, instance, answer, reference):
        n, k = len(instance["values"]), instance["batches"]
        if not 1 <= len(answer) <= k:
            return Verdict.wrong(f"expected between 1 and {k} batch sizes, got {len(answer)}")
        if any(size < 1 for size in answer):
            return Verdict.wrong("every batch must contain at least one element")
        if sum(answer) != n:
            return Verdict.wrong(f"the batch sizes add up to {sum(answer)}, not {n}")
        value = or_of_batch_sums(instance["values"], answer)
        if value == instance["best_or"]:
            return Verdict.right()
        return Verdict.wrong(f"valid split, but its OR {value} is not the smallest possible")

    def random_answer(self, problem, rng, other):
        n, k = len(problem.instance["values"]), problem.instance["batches"]
        count = rng.randint(1, k)
        bounds = [0, *sorted(rng.sample(range(1, n), count - 1)), n]
        return " ".join(str(bounds[i + 1] - bounds[i]) for i in range(count))

    def near_misses(self, problem):
        instance = problem.instance
        sizes = [int(t) for t in problem.answer.split()]
        n = len(instance["values"])
        misses = [
            str(n),  # the whole row: its OR is the row total, never optimal here
            " ".join(map(str, sizes[:-1] + [sizes[-1] + 1])),  # adds up to N + 1
            " ".join(map(str, [0, *sizes])),  # an empty batch
            " ".join(["1"] * instance["batches"] + [str(n - instance["batches"])]),  # K + 1
        ]
        return misses
