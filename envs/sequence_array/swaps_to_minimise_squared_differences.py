"""SwapsToMinimiseSquaredDifferences: the fewest adjacent swaps that pair two arrays so that
the sum of squared differences is as small as possible.

The solver sees two arrays A and B of N distinct integers each. A move swaps two neighbouring
elements of A or two neighbouring elements of B. Among all ways to reach the smallest possible
value of sum over i of (A[i] - B[i])^2, the answer is the smallest number of moves; only the
exact number is correct.

The sum equals sum(A^2) + sum(B^2) - 2 * sum(A[i] * B[i]), so it is smallest when the
products are largest, which (all values distinct, by the rearrangement inequality) happens for
exactly one pairing: the k-th smallest of A with the k-th smallest of B. Only the relative order
matters, so moving A alone is as good as moving both: write p[i] for the rank in B of the partner
that A[i]'s rank calls for, read in B's positions; the fewest swaps is the number of inversions of
that permutation (each adjacent swap removes at most one), counted by merge sort in O(N log N).

The answer is drawn first, uniformly from 1 .. N(N - 1)/2 - 1, and the arrays are built around
it (a random permutation with that many inversions from a random inversion table, then B placed
by it): the inversion count of a uniformly random pairing concentrates near N(N - 1)/4, where
one fixed guess was right on 7% of level 0 with N = 14.

Difficulty schedule (values distinct in each array, drawn from 0 .. 3N):

    d       0   1   2   3  ...  10  ...  20  ...  d
    N      14  15  16  17  ...  24  ...  34  ...  14 + d

Level 0 has 14 elements, so the answer is one of 90 values (with 10 or 12 elements, one of 44
or 65 values still came up on 5 - 5.5% of 200 seeds by chance); each level adds an element, and
with it N more possible swaps to count.
"""

from __future__ import annotations

from rlve_gym import Environment
from rlve_gym.answers import parse_int
from rlve_gym.sequences import count_inversions, distinct_values, render_array


def fewest_swaps(first: list[int], second: list[int]) -> int:
    """Inversions of the permutation that matches equal ranks of the two arrays."""
    position_of_rank = sorted(range(len(second)), key=second.__getitem__)
    rank_in_first = {value: rank for rank, value in enumerate(sorted(first))}
    # where each element of the first array has to meet its partner, in the first array's order
    targets = [position_of_rank[rank_in_first[value]] for value in first]
    return count_inversions(targets)


def permutation_with_inversions(rng, n: int, inversions: int) -> list[int]:
    """A random permutation of 0..n-1 with exactly ``inversions`` inversions (at most
    n(n-1)/2), from a random inversion table: entry i (at most i) counts the earlier entries
    larger than entry i."""
    table = [0] * n
    left, room = inversions, n * (n - 1) // 2
    order = list(range(n))
    rng.shuffle(order)
    for i in order:
        room -= i
        table[i] = rng.randint(max(0, left - room), min(i, left))
        left -= table[i]
    remaining, permutation = list(range(n)), [0] * n
    for i in range(n - 1, -1, -1):  # entry i has exactly table[i] larger values still unplaced
        permutation[i] = remaining.pop(i - table[i])
    return permutation


class SwapsToMinimiseSquaredDifferences(Environment):
    description = (
        "Fewest adjacent swaps in two arrays that reach the smallest sum of squared differences"
    )
    answer_kind = "single_int"
    answer_example = "-1"  # swap counts are never negative
    catalog_name = "InversionPair"

    def schedule(self, difficulty):
        return {"length": 14 + difficulty}

    def generate_instance(self, rng, sizes):
        n = sizes["length"]
        first = distinct_values(rng, n, 0, 3 * n)
        partners = sorted(distinct_values(rng, n, 0, 3 * n))
        pairs = n * (n - 1) // 2
        inversions = rng.randint(1, pairs - 1) if pairs >= 2 else pairs
        targets = permutation_with_inversions(rng, n, inversions)
        rank_in_first = {value: rank for rank, value in enumerate(sorted(first))}
        second = [0] * n
        for value, target in zip(first, targets, strict=True):
            second[target] = partners[rank_in_first[value]]
        return {"first": first, "second": second}

    def solve(self, instance):
        return fewest_swaps(instance["first"], instance["second"])

    def render(self, instance):
        a, b = instance["first"], instance["second"]
        return (
            f"Two arrays of {len(a)} distinct integers each:\n{render_array('A', a)}\n"
            f"{render_array('B', b)}\n\n"
            "One move swaps two neighbouring elements of A (A[i] and A[i+1]) or two neighbouring "
            "elements of B. Let D = (A[1] - B[1])^2 + (A[2] - B[2])^2 + ... + "
            f"(A[{len(a)}] - B[{len(a)}])^2, computed on the arrays after the moves.\n"
            "What is the smallest number of moves after which D is as small as it can possibly "
            "be made? Answer with that number, a single integer. For example, for A = [1, 5, 3] "
            "and B = [2, 4, 9] the answer is 1: swapping A[2] and A[3] gives A = [1, 3, 5] and "
            "D = 1 + 1 + 16 = 18, the smallest possible."
        )

    def parse(self, text, instance):
        return parse_int(text, max_digits=12)
