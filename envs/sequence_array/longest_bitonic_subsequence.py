"""LongestBitonicSubsequence: pick the longest subsequence that strictly rises and then strictly
falls.

The solver sees an array of N positive integers (repeats possible) and answers with the
positions i1 < i2 < ... < ik of a longest subsequence whose values satisfy
a1 < a2 < ... < am > ... > ak for some peak 1 <= m <= k (a purely rising or purely falling
subsequence counts too). Every subsequence of the largest length with that shape is correct
(there are usually several); a valid but shorter one, or one that breaks the shape, earns
nothing.

The reference combines, for every position, the longest strictly rising subsequence ending there
and the longest strictly falling one starting there (two O(N^2) dynamic programmes with
back-pointers, a few milliseconds at N = 300). Values come from 1 .. 3N, so repeats occur and the
strictness matters. An instance whose optimum has fewer than 3 elements (possible only with many
repeats) is redrawn, then replaced by distinct values, among which any 5 already hold a
rising or falling triple, so the example's two positions are never a right answer.

Difficulty schedule:

    d       0   1   2   3  ...  10  ...  20  ...  d
    N      10  12  14  16  ...  30  ...  50  ...  10 + 2d

More elements mean many more candidate peaks and longer chains on each side.
"""

from __future__ import annotations

from rlve_gym import Environment, Verdict
from rlve_gym.answers import parse_int_list
from rlve_gym.sequences import (
    distinct_values,
    positions_problem,
    random_positions,
    random_values,
    render_array,
)

#: draws before falling back to distinct values
REDRAWS = 10


def rising_chains(values: list[int]) -> tuple[list[int], list[int]]:
    """(length of the longest strictly rising subsequence ending at i, previous position or -1)."""
    lengths, previous = [1] * len(values), [-1] * len(values)
    for i, v in enumerate(values):
        for j in range(i):
            if values[j] < v and lengths[j] + 1 > lengths[i]:
                lengths[i], previous[i] = lengths[j] + 1, j
    return lengths, previous


def longest_bitonic(values: list[int]) -> list[int]:
    """0-based positions of one longest rise-then-fall subsequence."""
    n = len(values)
    up, up_prev = rising_chains(values)
    down_rev, down_prev_rev = rising_chains(values[::-1])  # falling runs read backwards
    best_peak = max(range(n), key=lambda i: up[i] + down_rev[n - 1 - i])
    left, i = [], best_peak
    while i >= 0:
        left.append(i)
        i = up_prev[i]
    right, j = [], down_prev_rev[n - 1 - best_peak]
    while j >= 0:
        right.append(n - 1 - j)
        j = down_prev_rev[j]
    return left[::-1] + right


def is_bitonic(sequence: list[int]) -> bool:
    k = 0
    while k + 1 < len(sequence) and sequence[k] < sequence[k + 1]:
        k += 1
    while k + 1 < len(sequence) and sequence[k] > sequence[k + 1]:
        k += 1
    return k + 1 >= len(sequence)


class LongestBitonicSubsequence(Environment):
    description = "Positions of a longest strictly rising-then-falling subsequence"
    answer_kind = "int_list"
    multiple_valid_answers = True
    answer_example = "1 3"  # two positions; every optimum here has at least three
    catalog_name = "LIS_LDS_Concatenation"

    def schedule(self, difficulty):
        return {"length": 10 + 2 * difficulty}

    def generate_instance(self, rng, sizes):
        n = sizes["length"]
        for _ in range(REDRAWS):
            values = random_values(rng, n, 1, 3 * n)
            longest = len(longest_bitonic(values))
            if longest >= 3:
                break
        else:
            values = distinct_values(rng, n, 1, 3 * n)
            longest = len(longest_bitonic(values))
        return {"values": values, "longest": longest}

    def solve(self, instance):
        return [i + 1 for i in longest_bitonic(instance["values"])]

    def render(self, instance):
        values = instance["values"]
        return (
            f"{render_array('A', values)}\n\n"
            "Choose positions i1 < i2 < ... < ik such that the chosen values first strictly "
            "increase and then strictly decrease: A[i1] < A[i2] < ... < A[im] > A[i(m+1)] > ... > "
            "A[ik] for some m with 1 <= m <= k (so a strictly increasing or a strictly decreasing "
            "choice also counts). Make k as large as possible.\n"
            "Answer with the chosen positions in increasing order, separated by spaces. For "
            "example, for A = [5, 1, 7, 3, 3] the answer 1 3 4 picks 5 < 7 > 3, and 2 3 5 "
            "(1 < 7 > 3) is just as good. If several choices reach the largest k, any one of "
            "them is accepted."
        )

    def parse(self, text, instance):
        return parse_int_list(text, max_items=len(instance["values"]) + 1, max_digits=6)

    def check(self, instance, answer, reference):
        values = instance["values"]
        why = positions_problem(answer, len(values), increasing=True)
        if why:
            return Verdict.wrong(why)
        if not answer:
            return Verdict.wrong("no positions chosen")
        if not is_bitonic([values[i - 1] for i in answer]):
            return Verdict.wrong("the chosen values do not strictly rise and then strictly fall")
        if len(answer) == instance["longest"]:
            return Verdict.right()
        return Verdict.wrong(f"valid, but a longer choice than {len(answer)} positions exists")

    def random_answer(self, problem, rng, other):
        n, k = len(problem.instance["values"]), problem.instance["longest"]
        return " ".join(map(str, random_positions(rng, n, k)))

    def near_misses(self, problem):
        chosen = [int(t) for t in problem.answer.split()]
        n = len(problem.instance["values"])
        misses = [
            " ".join(map(str, chosen[1:])),  # valid but shorter
            " ".join(map(str, chosen + [n + 1])),  # no such position
            " ".join(map(str, chosen[:1] + chosen)),  # a position twice
            " ".join(map(str, chosen[::-1])),  # not increasing
        ]
        for extra in range(1, n + 1):  # any longer choice must break the shape
            if extra not in chosen:
                misses.append(" ".join(map(str, sorted(chosen + [extra]))))
                break
        return [m for m in misses if m != problem.answer]
