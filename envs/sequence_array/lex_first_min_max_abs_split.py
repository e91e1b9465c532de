"""LexFirstMinMaxAbsSplit: cut a +1/-1 array into M consecutive batches so that the largest absolute
batch sum is smallest, and among those splits give the lexicographically smallest one.

The solver sees N entries, each +1 or -1, and a batch count M. A split is M non-empty batches of
consecutive entries covering the array in order; its cost is the largest |batch sum|. Among the
splits of smallest cost, the answer is the one whose list of batch sizes (first to last) is
lexicographically smallest, so exactly one answer is correct and there is no partial credit. This
differs from MinMaxBatchSplit (positive values, any optimal split accepted): signs cancel inside a
batch, so the cost is not monotone in the batch length, and the tie-break asks for the whole
canonical split rather than any optimal one.

Solution (the reference): batch sums are differences of prefix sums P, so a batch from position
i to j is allowed under a limit D when |P_j - P_{i-1}| <= D. The smallest feasible D is found by
binary search (feasibility grows with D); then a table of "the rest from here splits into k
batches within D" lets the first batch, then each next one, be the shortest that still leaves a
feasible rest. O(M N^2 log N), in Numba.

Entries are +1 with a probability drawn per instance from 0.6..0.9 (or -1 with it), so the total
drifts and the smallest cost is usually 1 to 5, with many optimal splits for the tie-break to
decide among. With balanced signs the answer is mostly "1 1 ... 1 rest" (short batches first,
the last batch soaking up whatever remains), right on an eighth of the instances without reading
them; so instances whose answer has all batches but the last of one size ("1 1 1 13", "2 2 2 10")
are redrawn (up to 30 times, after which the last draw is kept; 1-2 draws are typical).

Difficulty schedule:

    d          0   1   2   3   4  ...  10  ...  20  ...  d
    length    20  22  24  26  28  ...  40  ...  60  ...  20 + 2d
    batches    4   4   4   4   5  ...   6  ...   9  ...  4 + d // 4

Level 0 splits 20 entries into 4 batches (969 splits; with 16 entries one answer was right on 5%
of the instances); every level adds two entries and every fourth level a batch.
"""

from __future__ import annotations

import numpy as np
from numba import njit

from rlve_gym import Environment, Verdict
from rlve_gym.answers import parse_int_list
from rlve_gym.envs.sequence_array.min_max_batch_split import batch_sums, random_split

#: draws before keeping an instance whose answer has all batches but the last of one size
REDRAWS = 30


@njit(cache=True)
def _splittable(prefix, batches, limit):
    """table[k, i]: entries i+1..N split into exactly k batches with |sum| <= limit each."""
    n = prefix.shape[0] - 1
    table = np.zeros((batches + 1, n + 1), dtype=np.bool_)
    table[0, n] = True
    for k in range(1, batches + 1):
        for i in range(n - 1, -1, -1):
            for j in range(i + 1, n + 1):
                if table[k - 1, j] and abs(prefix[j] - prefix[i]) <= limit:
                    table[k, i] = True
                    break
    return table


def lex_first_min_max_abs_split(signs: list[int], batches: int) -> tuple[int, list[int]]:
    """(smallest largest |batch sum|, lexicographically smallest batch sizes reaching it)."""
    n = len(signs)
    prefix = np.zeros(n + 1, dtype=np.int64)
    prefix[1:] = np.cumsum(signs)
    low, high = 0, n
    while low < high:
        mid = (low + high) // 2
        if _splittable(prefix, batches, mid)[batches, 0]:
            high = mid
        else:
            low = mid + 1
    table = _splittable(prefix, batches, low)
    sizes, i = [], 0
    for k in range(batches, 0, -1):
        j = i + 1
        while not (table[k - 1, j] and abs(prefix[j] - prefix[i]) <= low):
            j += 1
        sizes.append(j - i)
        i = j
    return low, sizes


class LexFirstMinMaxAbsSplit(Environment):
    description = (
        "Lexicographically smallest batch sizes splitting a +1/-1 array into M batches with the "
        "smallest largest |batch sum|"
    )
    answer_kind = "int_list"
    answer_example = "3 0 2"
    catalog_name = "Minimum_MaxAbsSlicer"

    def schedule(self, difficulty):
        return {"length": 20 + 2 * difficulty, "batches": 4 + difficulty // 4}

    def generate_instance(self, rng, sizes):
        for _ in range(REDRAWS):
            majority = rng.choice((1, -1))
            share = rng.uniform(0.6, 0.9)
            signs = [
                majority if rng.random() < share else -majority for _ in range(sizes["length"])
            ]
            best, split = lex_first_min_max_abs_split(signs, sizes["batches"])
            if len(set(split[:-1])) > 1:
                break
        return {"signs": signs, "batches": sizes["batches"], "best_cost": best}

    def solve(self, instance):
        return lex_first_min_max_abs_split(instance["signs"], instance["batches"])[1]

    def render(self, instance):
        signs, m = instance["signs"], instance["batches"]
        shown = " ".join(f"{s:+d}" for s in signs)
        return (
            f"Array A of {len(signs)} entries, each +1 or -1: {shown}\n\n"
            f"Split A into exactly {m} batches of consecutive entries: every entry goes into exactly "
            "one batch, batches are non-empty, and the order of A is kept (batch 1 is a prefix of "
            "A, batch 2 continues right after it, and so on). The cost of a split is the largest "
            "absolute value |s| over the sums s of its batches.\n"
            "Among all splits with the smallest possible cost, choose the one whose list of batch "
            "sizes (from first to last) is lexicographically smallest, i.e. the first batch is as "
            "short as possible, then the second, and so on.\n"
            f"Answer with the sizes of the {m} batches from first to last, separated by spaces "
            f"({m} positive integers adding up to {len(signs)}). For example, for A = +1 +1 -1 -1 "
            "and 2 batches, the splits with sizes 1 3, 2 2 and 3 1 cost 1, 2 and 1, so the answer "
            "is 1 3."
        )

    def parse(self, text, instance):
        return parse_int_list(text, length=instance["batches"], max_digits=6)

    def check(self, instance, answer, reference):
        n = len(instance["signs"])
        if any(size < 1 for size in answer):
            return Verdict.wrong("every batch must contain at least one entry")
        if sum(answer) != n:
            return Verdict.wrong(f"the batch sizes add up to {sum(answer)}, not {n}")
        cost = max(abs(s) for s in batch_sums(instance["signs"], answer))
        if cost != instance["best_cost"]:
            return Verdict.wrong(f"valid split, but its cost {cost} is not the smallest possible")
        if answer != reference:
            return Verdict.wrong(
                "a split of the smallest cost, but not the lexicographically smallest one"
            )
        return Verdict.right()

    def random_answer(self, problem, rng, other):
        inst = problem.instance
        return " ".join(map(str, random_split(rng, len(inst["signs"]), inst["batches"])))
