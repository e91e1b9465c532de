"""PermutationChangingEverySubsetSum: rearrange an array so that no proper set of positions keeps
its sum.

The solver sees N distinct positive integers A[1..N] and answers with a rearrangement B of them
(the same values, each used once) such that for every non-empty set S of positions other than
all of them, the sum of A over S differs from the sum of B over S. Every such B is correct and
the checker verifies the condition itself; anything else earns nothing.

With differences D = B - A (which add up to 0), a bad set S exists exactly when some non-empty
subset of D[1..N-1] sums to 0: a bad S without position N is one, and if S contains N its
complement is one. The checker runs a subset-sum bitset over D[1..N-1] (Python integers as
bit sets, offset by the most negative reachable sum), O(N * spread of sums / 64) word steps,
well under a millisecond here. A solution always exists: give each position the next larger
value of A and the position of the largest value the smallest (sorted cyclic shift); then a
set without the largest value's position gains strictly, and a set with it is the complement of
one that gains. The reference is that shift.

A random rearrangement is right rarely: every cycle of the rearrangement (as a permutation of
positions) is itself a bad set, so only single N-cycles can work (1 in N of all orders), and
then only some of them.

Difficulty schedule (distinct values from 1 .. 3N):

    d       0   1   2   3  ...  10  ...  20  ...  d
    N       8   9  10  11  ...  18  ...  28  ...  8 + d

Level 0 has 8 values, where a random order is right about 1 time in 150 (with 6 values, 1 in
12; with 10, 1 in 10,000); more values mean more sets of positions to rule out.
"""

from __future__ import annotations

from collections import Counter

from rlve_gym import Environment, Verdict
from rlve_gym.answers import parse_int_list
from rlve_gym.sequences import distinct_values, render_array


def has_zero_subset(differences: list[int]) -> bool:
    """Whether some non-empty subset of ``differences`` sums to 0 (bitset of reachable sums)."""
    offset = -sum(d for d in differences if d < 0)
    reach = 0  # bit (s + offset) set when some non-empty subset sums to s
    for d in differences:
        shifted = reach << d if d >= 0 else reach >> -d
        reach |= shifted | (1 << (d + offset))
    return bool(reach >> offset & 1)


def keeps_some_subset_sum(original: list[int], arranged: list[int]) -> bool:
    """Whether a non-empty proper set of positions has the same sum in both arrays."""
    differences = [b - a for a, b in zip(original, arranged, strict=True)]
    return has_zero_subset(differences[:-1])


def sorted_cyclic_shift(values: list[int]) -> list[int]:
    """Each value replaced by the next larger one, the largest by the smallest."""
    order = sorted(range(len(values)), key=values.__getitem__)
    arranged = [0] * len(values)
    for rank, position in enumerate(order):
        arranged[position] = values[order[(rank + 1) % len(values)]]
    return arranged


class PermutationChangingEverySubsetSum(Environment):
    description = (
        "A rearrangement B of A with sum(A[S]) != sum(B[S]) for every proper position set S"
    )
    answer_kind = "int_list"
    multiple_valid_answers = True
    answer_example = "3 1 2"  # not a rearrangement of any array of a level (N >= 8)
    catalog_name = "DistinctArrayPermutation"

    def schedule(self, difficulty):
        return {"length": 8 + difficulty}

    def generate_instance(self, rng, sizes):
        n = sizes["length"]
        return {"values": distinct_values(rng, n, 1, 3 * n)}

    def solve(self, instance):
        return sorted_cyclic_shift(instance["values"])

    def render(self, instance):
        values = instance["values"]
        return (
            f"{render_array('A', values)}\n\n"
            "Rearrange the values of A into an array B (B contains exactly the same values, each "
            "once, in some order) such that for every set S of positions that is neither empty "
            f"nor all of 1..{len(values)}, the sum of A[i] over i in S is different from the sum "
            "of B[i] over i in S.\n"
            "Answer with B[1], B[2], ..., B[N] separated by spaces. For example, for A = [4, 1, 6] "
            "the answer 1 6 4 works: the single positions give 4 vs 1, 1 vs 6, 6 vs 4, and the "
            "pairs give 5 vs 7, 10 vs 5, 7 vs 10. If several arrays B work, any one of them is "
            "accepted."
        )

    def parse(self, text, instance):
        return parse_int_list(text, length=len(instance["values"]), max_digits=8)

    def check(self, instance, answer, reference):
        values = instance["values"]
        if Counter(answer) != Counter(values):
            return Verdict.wrong("B must contain exactly the values of A, each once")
        if keeps_some_subset_sum(values, answer):
            return Verdict.wrong("some proper non-empty set of positions has equal sums in A and B")
        return Verdict.right()

    def random_answer(self, problem, rng, other):
        values = list(problem.instance["values"])
        rng.shuffle(values)
        return " ".join(map(str, values))

    def near_misses(self, problem):
        values = problem.instance["values"]
        arranged = [int(t) for t in problem.answer.split()]
        split = arranged[:]  # swapping two entries splits the single cycle: a bad set appears
        split[0], split[1] = split[1], split[0]
        return [
            " ".join(map(str, values)),  # B = A
            " ".join(map(str, split)),
            " ".join(map(str, arranged[:-1] + [max(values) + 1])),  # a value not in A
            " ".join(map(str, arranged[:-1] + [arranged[0]])),  # a value twice
        ]
