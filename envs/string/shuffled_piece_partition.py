"""ShuffledPiecePartition: recover how a string was cut into K pieces and shuffled into another.

A string S of length N, a number K and a string T are given; T was made by cutting S into K
non-empty pieces of consecutive characters and writing the pieces in some order. The solver
gives K intervals [l, r] of S (1-based, inclusive), listed in the order their pieces appear in
T, such that the intervals partition S (every position in exactly one) and the pieces written
in the listed order spell T. Every such list is accepted (repeated letters often allow
several); the checker rebuilds T from the list. The pieces are never left in their original
order, so T differs from the cut-free reading of S. The reference answer is the cut the
generator made (kept in the instance, not shown in the prompt).

Difficulty schedule:

    d          0   1   2   3  ...  10  ...  20  ...  d
    N         12  14  16  18  ...  32  ...  52  ...  12 + 2d
    K          4   4   4   5  ...   7  ...  10  ...  4 + d // 3

Longer strings and more pieces give more ways to start matching T inside S, most of them dead
ends. Level 0 has 12 letters in 4 pieces: with fewer, so many lists are valid that a random
list is right too often.
"""

from __future__ import annotations

from rlve_gym import Environment, Verdict
from rlve_gym.answers import parse_int_list
from rlve_gym.strings import random_string

ALPHABET = "abc"


def random_cut(rng, n: int, pieces: int) -> list[tuple[int, int]]:
    """``pieces`` consecutive non-empty 1-based intervals covering 1..n, left to right."""
    bounds = [0, *sorted(rng.sample(range(1, n), pieces - 1)), n]
    return [(bounds[i] + 1, bounds[i + 1]) for i in range(pieces)]


def partition_problem(intervals: list[tuple[int, int]], n: int) -> str | None:
    """Why ``intervals`` is not a partition of 1..n into non-empty intervals, or None."""
    for left, right in intervals:
        if not 1 <= left <= right <= n:
            return f"interval [{left}, {right}] is not within 1..{n} with l <= r"
    expected = 1
    for left, right in sorted(intervals):
        if left != expected:
            return f"position {min(left, expected)} is covered twice or not at all"
        expected = right + 1
    if expected != n + 1:
        return f"positions {expected}..{n} are not covered"
    return None


class ShuffledPiecePartition(Environment):
    description = "K intervals partitioning S whose pieces, in the listed order, spell T"
    answer_kind = "construction_with_checker"
    multiple_valid_answers = True
    answer_example = "3 4 1 2"
    catalog_name = "StringPartitionShuffle"

    def schedule(self, difficulty):
        return {"length": 12 + 2 * difficulty, "pieces": 4 + difficulty // 3}

    def generate_instance(self, rng, sizes):
        n, k = sizes["length"], sizes["pieces"]
        text = random_string(rng, n, ALPHABET)
        cut = random_cut(rng, n, k)
        order = list(range(k))
        while order == sorted(order):
            rng.shuffle(order)
        pieces = [list(cut[i]) for i in order]
        shuffled = "".join(text[left - 1 : right] for left, right in pieces)
        return {"text": text, "pieces": k, "shuffled": shuffled, "cut_in_order": pieces}

    def solve(self, instance):
        return [x for interval in instance["cut_in_order"] for x in interval]

    def render(self, instance):
        text, k, shuffled = instance["text"], instance["pieces"], instance["shuffled"]
        n = len(text)
        return (
            f"S = {text} (length {n}, positions 1 to {n})\n"
            f"T = {shuffled}\n\n"
            f"T was made by cutting S into {k} non-empty pieces of consecutive characters and "
            "writing those pieces one after another in some order. Find such a cut: give "
            f"{k} intervals [l, r] of positions of S (1 <= l <= r <= {n}) such that every "
            "position of S lies in exactly one interval, and writing S[l..r] for each interval "
            "in the order you list them gives exactly T.\n"
            f"Answer with {2 * k} integers separated by spaces: l and r of the piece that "
            "comes first in T, then l and r of the second piece, and so on. For example, for "
            "S = abcd, T = cdab and 2 pieces, the answer is 3 4 1 2. If several answers work, "
            "any one of them is accepted."
        )

    def parse(self, text, instance):
        return parse_int_list(text, length=2 * instance["pieces"], max_digits=6)

    def check(self, instance, answer, reference):
        text = instance["text"]
        intervals = [(answer[i], answer[i + 1]) for i in range(0, len(answer), 2)]
        problem = partition_problem(intervals, len(text))
        if problem:
            return Verdict.wrong(problem)
        spelled = "".join(text[left - 1 : right] for left, right in intervals)
        if spelled != instance["shuffled"]:
            return Verdict.wrong("the pieces in the listed order do not spell T")
        return Verdict.right()

    def random_answer(self, problem, rng, other):
        instance = problem.instance
        cut = random_cut(rng, len(instance["text"]), instance["pieces"])
        rng.shuffle(cut)
        return " ".join(f"{left} {right}" for left, right in cut)

    def near_misses(self, problem):
        instance = problem.instance
        values = [int(t) for t in problem.answer.split()]
        intervals = [values[i : i + 2] for i in range(0, len(values), 2)]
        n = len(instance["text"])
        candidates = [
            intervals[1:] + intervals[:1],  # the first piece moved to the end
            intervals[::-1],  # all pieces reversed
            [[1, n]] + intervals[1:],  # a piece covering everything
            [[intervals[0][0], intervals[0][1] + 1]] + intervals[1:],  # one position twice
            [sorted(intervals)[i] for i in range(len(intervals))],  # S's own order
        ]
        texts = [" ".join(f"{a} {b}" for a, b in c) for c in candidates]
        return [
            t for t in texts if not self.check(instance, [int(x) for x in t.split()], None).correct
        ]
