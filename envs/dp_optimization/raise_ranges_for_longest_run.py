"""RaiseRangesForLongestRun: raise at most K ranges of a row by one to make its longest non-decreasing subsequence longest.

The solver sees a row of N positive heights and a number K. An operation picks a range l..r and
adds 1 to every height in it; at most K operations may be used (ranges may repeat or overlap).
The answer lists the operations, and its value is the length of the longest non-decreasing
subsequence (LNDS) of the heights afterwards. Every list of at most K operations whose LNDS
equals the optimum is correct; the optimum is stored at generation. Scores are binary.

Extending a range to the end of the row never hurts (every chosen element after it keeps its
relation to the ones inside), so some optimal answer uses only suffix ranges, and then the
number of raises is non-decreasing along the row. The reference solver is the DP over (element,
raises it received) taking the best earlier element with at most as many raises and a height
that stays below, O(N^2 K^2) steps compiled with Numba; the chosen subsequence gives the suffix
ranges. Instances where no operation helps (so the empty list is never right) or where all K
raises on one suffix are optimal (the most common blind answer) are redrawn; after a bounded
number of draws the row is made to start with 2, 1, which a single raise of positions 2..N
improves.

Difficulty schedule:

    d            0   1   2   3  ...  10  ...  20  ...  d
    heights     20  21  22  23  ...  30  ...  40  ...  20 + d
    operations   4   4   4   4  ...   6  ...   9  ...  4 + d // 4
    max_height  10  10  11  11  ...  15  ...  20  ...  10 + d // 2

Heights are low compared with the number of operations, so raises can win many elements and
where they start matters. With 10 heights up to 20 and 2 operations, an optimal answer usually
gains one element and a fixed answer (two raises of some suffix) was right on about 30% of
instances; level 0 therefore starts at 20 heights up to 10 and 4 operations (below 3%).
Longer rows, more operations and taller heights lengthen the trade-offs.
"""

from __future__ import annotations

from bisect import bisect_right

import numpy as np
from numba import njit

from rlve_gym import Environment, Verdict
from rlve_gym.answers import ParseError, parse_int_list

#: draws before forcing an instance where an operation helps
REDRAWS = 20


def longest_non_decreasing(values: list[int]) -> int:
    tails: list[int] = []
    for v in values:
        at = bisect_right(tails, v)
        if at == len(tails):
            tails.append(v)
        else:
            tails[at] = v
    return len(tails)


def raised(heights: list[int], ranges: list[tuple[int, int]]) -> list[int]:
    """Heights after adding 1 on every (1-based, inclusive) range."""
    delta = [0] * (len(heights) + 1)
    for left, right in ranges:
        delta[left - 1] += 1
        delta[right] -= 1
    out, running = [], 0
    for h, d in zip(heights, delta):
        running += d
        out.append(h + running)
    return out


def best_single_suffix(heights: list[int], raises: int) -> int:
    """Longest LNDS when all ``raises`` raises go to one suffix (a typical blind answer)."""
    return max(
        longest_non_decreasing(heights[:start] + [h + raises for h in heights[start:]])
        for start in range(len(heights))
    )


@njit(cache=True)
def _suffix_raise_table(heights: np.ndarray, most: int):
    """length[i, j]: longest chosen subsequence ending at i when i received j raises; parent
    element and its raises for the reconstruction (-1: none)."""
    n = heights.shape[0]
    length = np.ones((n, most + 1), np.int64)
    parent = np.full((n, most + 1), -1, np.int64)
    parent_raises = np.zeros((n, most + 1), np.int64)
    for i in range(n):
        for j in range(most + 1):
            for p in range(i):
                for q in range(j + 1):
                    if heights[p] + q <= heights[i] + j and length[p, q] + 1 > length[i, j]:
                        length[i, j] = length[p, q] + 1
                        parent[i, j], parent_raises[i, j] = p, q
    return length, parent, parent_raises


def best_raises(heights: list[int], most: int) -> tuple[int, list[tuple[int, int]]]:
    """(longest LNDS after at most ``most`` range raises, suffix ranges reaching it)."""
    length, parent, parent_raises = _suffix_raise_table(np.asarray(heights, np.int64), most)
    i, j = np.unravel_index(int(np.argmax(length)), length.shape)
    best = int(length[i, j])
    chain = []
    i, j = int(i), int(j)
    while i >= 0:
        chain.append((i, j))
        i, j = int(parent[i, j]), int(parent_raises[i, j])
    chain.reverse()
    n, ranges, given = len(heights), [], 0
    for element, raises in chain:  # new raises start at the chain element that needs them
        ranges += [(element + 1, n)] * (raises - given)
        given = raises
    return best, ranges


class RaiseRangesForLongestRun(Environment):
    description = (
        "At most K ranges to raise by one that maximise the longest non-decreasing subsequence"
    )
    answer_kind = "construction_with_checker"
    multiple_valid_answers = True
    answer_example = "2 5"
    catalog_name = "Cornfield"

    def schedule(self, difficulty):
        return {
            "heights": 20 + difficulty,
            "operations": 4 + difficulty // 4,
            "max_height": 10 + difficulty // 2,
        }

    def generate_instance(self, rng, sizes):
        n, k = sizes["heights"], sizes["operations"]
        for _ in range(REDRAWS):
            heights = [rng.randint(1, sizes["max_height"]) for _ in range(n)]
            best, _ = best_raises(heights, k)
            if best > longest_non_decreasing(heights) and best > best_single_suffix(heights, k):
                break
        else:
            heights = one_raise_helps(heights)
            best, _ = best_raises(heights, k)
        return {"heights": heights, "operations": k, "best_length": best}

    def solve(self, instance):
        return best_raises(instance["heights"], instance["operations"])[1]

    def format_answer(self, answer):
        return "\n".join(f"{left} {right}" for left, right in answer)

    def render(self, instance):
        heights, k = instance["heights"], instance["operations"]
        n = len(heights)
        return (
            f"A row of {n} heights: {' '.join(map(str, heights))}\n\n"
            f"You may perform at most {k} operations. An operation chooses two positions l <= r "
            f"(1 <= l <= r <= {n}) and adds 1 to every height at positions l to r. Operations "
            "may use the same or overlapping ranges. Afterwards, consider the longest "
            "non-decreasing subsequence of the row: the largest number of positions i1 < i2 < "
            "... whose heights satisfy h[i1] <= h[i2] <= ... . Make its length as large as "
            "possible.\n"
            "Answer with one operation per line, written as l r; for example\n2 5\n4 4\n"
            "means adding 1 at positions 2 to 5 and then 1 more at position 4. If several lists "
            "of operations reach the largest length, any one of them is accepted."
        )

    def parse(self, text, instance):
        k = instance["operations"]
        numbers = parse_int_list(text, max_items=2 * k + 2, max_digits=6)
        if len(numbers) % 2:
            raise ParseError("expected pairs of positions l r, one operation per line")
        if len(numbers) > 2 * k:
            raise ParseError(f"at most {k} operations are allowed, got {len(numbers) // 2}")
        return list(zip(numbers[::2], numbers[1::2]))

    def check(self, instance, answer, reference):
        n = len(instance["heights"])
        for left, right in answer:
            if not 1 <= left <= right <= n:
                return Verdict.wrong(f"operation {left} {right} is not a range 1 <= l <= r <= {n}")
        length = longest_non_decreasing(raised(instance["heights"], answer))
        if length == instance["best_length"]:
            return Verdict.right()
        return Verdict.wrong(
            f"valid operations, but the longest non-decreasing subsequence has length {length}, "
            "which is not the largest possible"
        )

    def random_answer(self, problem, rng, other):
        n, k = len(problem.instance["heights"]), problem.instance["operations"]
        ops = []
        for _ in range(rng.randint(1, k)):
            left = rng.randint(1, n)
            ops.append(f"{left} {rng.randint(left, n)}")
        return "\n".join(ops)

    def near_misses(self, problem):
        instance = problem.instance
        n, k = len(instance["heights"]), instance["operations"]
        ops = problem.answer.splitlines()
        misses = [
            "",  # no operation: never optimal here
            "\n".join(ops + [f"1 {n}"] * (k + 1 - len(ops))),  # one operation too many
            "\n".join(ops[:-1] + [f"{n} {n + 1}"]),  # a range past the end
            "\n".join(ops[:-1] + ["3 2"]),  # l > r
        ]
        return misses


def one_raise_helps(heights: list[int]) -> list[int]:
    """The fallback: the row starts 2, 1. Without raises at most one of the two counts (1 fits
    before every later height); raising positions 2..N lets both count, one longer."""
    return [2, 1, *heights[2:]]
