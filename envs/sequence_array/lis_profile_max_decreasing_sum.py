"""LisProfileMaxDecreasingSum: rebuild a permutation from its longest-increasing-subsequence
profile, making the longest decreasing subsequences as long as possible.

For a permutation P of 1..N, A[i] is the length of the longest strictly increasing subsequence of
P that ends at position i, and B[i] the length of the longest strictly decreasing subsequence that
starts at position i. The solver sees A (taken from a hidden random permutation) and answers with
a permutation P that has exactly this A and the largest possible B[1] + ... + B[N]. Every such
permutation is correct; a permutation with a different A, or with this A but a smaller sum, earns
nothing.

The reference (a known construction, checked against all permutations in the tests): let the
parent of position i be the last position j < i with A[j] = A[i] - 1 (a virtual root 0 when
A[i] = 1). Every P with profile A puts the parent below the child, and positions with equal A
in decreasing order. Number the positions by a depth-first walk of this tree from the root that
visits the children of each node latest position first, and let P[i] be the number of position
i: later branches get smaller values, which leaves the longest possible decreasing runs to the
right. O(N log N) with the profile checks done by patience sorting.

Difficulty schedule:

    d          0   1   2   3  ...  10  ...  20  ...  d
    length     8  10  12  14  ...  28  ...  48  ...  8 + 2d

Level 0 already asks for a permutation of 8 that fits a profile (8! permutations share 4140
profiles: a random permutation fits the given one about once in 1,300 tries); every level adds
two positions, so the tree of parents grows deeper and bushier.
"""

from __future__ import annotations

from rlve_gym import Environment, Verdict
from rlve_gym.answers import parse_int_list
from rlve_gym.sequences import (
    lis_ending_lengths,
    permutation_problem,
    random_permutation,
    render_array,
)


def decreasing_from(perm: list[int]) -> list[int]:
    """B: the longest strictly decreasing subsequence starting at each position."""
    return lis_ending_lengths(perm[::-1], strict=True)[::-1]


def best_permutation_for_profile(profile: list[int]) -> list[int]:
    """A permutation with increasing-subsequence profile ``profile`` maximising sum(B)."""
    n = len(profile)
    children: list[list[int]] = [[] for _ in range(n + 1)]  # node 0 is the virtual root
    last_with = {0: 0}  # A value -> last position (1-based) seen with it
    for i, a in enumerate(profile, start=1):
        children[last_with[a - 1]].append(i)
        last_with[a] = i
    perm, counter = [0] * n, 0
    stack = [0]
    while stack:
        node = stack.pop()
        if node:
            counter += 1
            perm[node - 1] = counter
        stack.extend(children[node])  # the last child is popped, hence numbered, first
    return perm


class LisProfileMaxDecreasingSum(Environment):
    description = (
        "A permutation with a given longest-increasing-subsequence profile maximising the sum of "
        "its longest-decreasing-subsequence lengths"
    )
    answer_kind = "int_list"
    multiple_valid_answers = True
    answer_example = "2 3 1"
    catalog_name = "MaxSumLDS"

    def schedule(self, difficulty):
        return {"length": 8 + 2 * difficulty}

    def generate_instance(self, rng, sizes):
        hidden = random_permutation(rng, sizes["length"])
        profile = lis_ending_lengths(hidden)
        best = sum(decreasing_from(best_permutation_for_profile(profile)))
        return {"profile": profile, "best_sum": best}

    def solve(self, instance):
        return best_permutation_for_profile(instance["profile"])

    def render(self, instance):
        profile = instance["profile"]
        n = len(profile)
        return (
            f"For a permutation P[1], ..., P[{n}] of the numbers 1 to {n}, define for every "
            "position i:\n"
            "- A[i] = the length of the longest strictly increasing subsequence of P that ends at "
            "position i (positions j_1 < j_2 < ... < j_k = i with P[j_1] < P[j_2] < ... < "
            "P[j_k]);\n"
            "- B[i] = the length of the longest strictly decreasing subsequence of P that starts "
            "at position i (positions i = j_1 < j_2 < ... < j_k with P[j_1] > P[j_2] > ... > "
            "P[j_k]).\n"
            "For example, P = 2 3 1 has A = 1 2 1 and B = 2 2 1.\n\n"
            f"You are given {render_array('A', profile)}.\n"
            f"Find a permutation P of 1 to {n} whose A is exactly the array above and whose sum "
            f"B[1] + B[2] + ... + B[{n}] is as large as possible. Answer with P[1] ... P[{n}] "
            "separated by spaces. If several permutations reach the largest sum, any one of "
            "them is accepted."
        )

    def parse(self, text, instance):
        return parse_int_list(text, length=len(instance["profile"]), max_digits=6)

    def check(self, instance, answer, reference):
        problem = permutation_problem(answer, len(instance["profile"]))
        if problem:
            return Verdict.wrong(problem)
        if lis_ending_lengths(answer) != instance["profile"]:
            return Verdict.wrong("this permutation does not have the given array A")
        total = sum(decreasing_from(answer))
        if total == instance["best_sum"]:
            return Verdict.right()
        return Verdict.wrong(f"the array A matches, but the sum of B is {total}, not the largest")

    def random_answer(self, problem, rng, other):
        return " ".join(map(str, random_permutation(rng, len(problem.instance["profile"]))))

    def near_misses(self, problem):
        perm = [int(t) for t in problem.answer.split()]
        n = len(perm)
        misses = [
            " ".join(map(str, perm[:-1] + [perm[0]])),  # not a permutation
            " ".join(map(str, perm[::-1])),  # a different profile (n >= 2)
        ]
        for i in range(n - 1):  # swapping neighbours breaks the profile or lowers the sum
            swapped = perm[:i] + [perm[i + 1], perm[i]] + perm[i + 2 :]
            if (
                lis_ending_lengths(swapped) == problem.instance["profile"]
                and sum(decreasing_from(swapped)) < problem.instance["best_sum"]
            ):
                misses.append(" ".join(map(str, swapped)))
                break
        return misses
