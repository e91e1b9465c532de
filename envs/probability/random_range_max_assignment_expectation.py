"""RandomRangeMaxAssignmentExpectation: the expected value of every array position after Q random
"set a range to its maximum" operations, scaled to an integer and given modulo a prime.

An array of N non-negative integers undergoes Q operations; each picks one of the S = N(N+1)/2
subarrays (contiguous ranges) uniformly at random and overwrites every entry of it with the
range's maximum. For every position i the answer gives the sum of the final value at i over all
S^Q equally likely sequences of operations (the expected value times S^Q, an integer), modulo a
prime: N residues, all of which must be right (no partial credit: the position of the largest
entry never changes, so one residue is easy).

Solver. Write the final value as the number of thresholds x = 1 .. max(A) it reaches. For one
threshold the entries below x form maximal "low blocks"; an operation never creates a low entry,
so a block [l, r] only shrinks: it stays when the range lies inside it or entirely to one side,
becomes [b + 1, r] when the range [a, b] starts left of l (a <= l - 1, and some entry left of
the block exists) and ends at b < r, symmetrically on the right, and vanishes otherwise. The
count F[l][r] of operation sequences after which [l, r] is a low block is linear in the initial
blocks, so all thresholds are run at once: F starts as the number of thresholds for which [l, r]
is a low block (max(A[l..r]) < x <= min of its neighbours and of max(A)), each step is
F'[l][r] = F[l][r] (ranges that leave it alone) + sum_{l' < l} F[l'][r] l' + sum_{r' > r}
F[l][r'] (N - 1 - r') (0-based positions), and the answer at i is max(A) S^Q minus the sum of F
over the blocks containing i. O(Q N^2), numpy-vectorised. The tests check it against playing
out every sequence of operations.

Instances: entries uniform in [0, max_value] (never all equal); Q uniform in [1, max_operations]; the prime is drawn
from ``COUNTING_PRIMES``.

Difficulty schedule:

    d                0   1   2   3   4  ...  10  ...  20  ...  d
    length           5   5   6   6   7  ...  10  ...  15  ...  5 + d // 2
    max_operations   2   2   2   3   3  ...   5  ...   8  ...  2 + d // 3
    max_value        5   6   7   8   9  ...  15  ...  25  ...  5 + d

Level 0 is five entries and one or two operations (15 or 225 sequences): already more than one
would list by hand, while the block argument stays short. Longer arrays, more operations and
larger values grow every level.
"""

from __future__ import annotations

import numpy as np

from rlve_gym import Environment, Verdict
from rlve_gym.answers import parse_int_list
from rlve_gym.kernels.combinatorics import choose_prime
from rlve_gym.modular import MAX_RESIDUE_DIGITS


def scaled_final_values(values: list[int], operations: int, prime: int) -> list[int]:
    """For each position, the sum of its final value over all S^Q operation sequences, mod prime."""
    n = len(values)
    top = max(values)
    # initial F[l][r]: thresholds x in (max(A[l..r]), min(neighbours, top)] making [l, r] a low block
    blocks = np.zeros((n, n), dtype=np.int64)
    for left in range(n):
        block_max = -1
        for right in range(left, n):
            block_max = max(block_max, values[right])
            bound = top
            if left > 0:
                bound = min(bound, values[left - 1])
            if right < n - 1:
                bound = min(bound, values[right + 1])
            blocks[left, right] = max(0, bound - block_max)
    idx = np.arange(n, dtype=np.int64)
    lengths = idx[None, :] - idx[:, None] + 1
    stay = (
        lengths * (lengths + 1) // 2
        + (idx * (idx + 1) // 2)[:, None]
        + ((n - 1 - idx) * (n - idx) // 2)[None, :]
    )
    stay = np.where(lengths > 0, stay, 0) % prime
    left_weight = idx[:, None]  # l' ranges [a, l - 1] with a < l'
    right_weight = (n - 1 - idx)[None, :]  # ranges [r + 1, b] with b > r'
    for _ in range(operations):
        from_left = np.cumsum(blocks * left_weight % prime, axis=0) % prime
        from_left = np.vstack([np.zeros((1, n), dtype=np.int64), from_left[:-1]])
        weighted = blocks * right_weight % prime
        from_right = np.cumsum(weighted[:, ::-1], axis=1)[:, ::-1] % prime
        from_right = np.hstack([from_right[:, 1:], np.zeros((n, 1), dtype=np.int64)])
        blocks = (blocks * stay + from_left + from_right) % prime
        blocks = np.triu(blocks)
    # sum of F[l][r] over l <= i <= r
    covering = np.cumsum(blocks, axis=0) % prime
    covering = np.cumsum(covering[:, ::-1], axis=1)[:, ::-1] % prime
    total = top % prime * pow(n * (n + 1) // 2, operations, prime) % prime
    return [int((total - covering[i, i]) % prime) for i in range(n)]


class RandomRangeMaxAssignmentExpectation(Environment):
    description = (
        "Expected value of every position after Q random range-to-its-maximum assignments, "
        "times (N(N+1)/2)^Q, modulo a prime"
    )
    answer_kind = "int_list"
    answer_example = "12 7 30"
    catalog_name = "RandomRangeMaxExpectation"

    def schedule(self, difficulty):
        return {
            "length": 5 + difficulty // 2,
            "max_operations": 2 + difficulty // 3,
            "max_value": 5 + difficulty,
        }

    def generate_instance(self, rng, sizes):
        n = sizes["length"]
        values = [rng.randint(0, sizes["max_value"]) for _ in range(n)]
        if len(set(values)) == 1:  # all equal: every V_i would be that value times S^Q
            spot = rng.randrange(n)
            values[spot] = values[spot] + 1 if values[spot] == 0 else values[spot] - 1
        return {
            "values": values,
            "operations": rng.randint(1, sizes["max_operations"]),
            "modulus": choose_prime(rng),
        }

    def solve(self, instance):
        return scaled_final_values(instance["values"], instance["operations"], instance["modulus"])

    def render(self, instance):
        values, q, m = instance["values"], instance["operations"], instance["modulus"]
        n = len(values)
        ranges = n * (n + 1) // 2
        return (
            f"An array of {n} integers is given, positions 1 to {n}:\n"
            f"{' '.join(map(str, values))}\n\n"
            f"{q} operation{'s are applied one after another' if q > 1 else ' is applied'}. Each "
            "operation "
            f"picks one of the {ranges} ranges [L, R] (1 <= L <= R <= {n}) uniformly at random, "
            "independently of the other operations, and replaces every entry at positions L to R "
            "by the largest entry among positions L to R (as they are at that moment).\n"
            f"There are {ranges}^{q} equally likely sequences of operations. For each position i, "
            f"let V_i be the sum, over all these sequences, of the final entry at position i "
            f"(that is, the expected final entry times {ranges}^{q}, an integer).\n"
            "For example, for the array 1 2 and one operation (3 ranges: [1, 1], [2, 2], [1, 2]), "
            "V_1 = 1 + 1 + 2 = 4 and V_2 = 2 + 2 + 2 = 6.\n"
            f"Give every V_i modulo the prime {m}, that is, its remainder divided by {m} (an "
            f"integer from 0 to {m - 1}).\n"
            f"Answer with {n} integers V_1 ... V_{n} modulo {m}, separated by spaces."
        )

    def parse(self, text, instance):
        return parse_int_list(text, length=len(instance["values"]), max_digits=MAX_RESIDUE_DIGITS)

    def check(self, instance, answer, reference):
        m = instance["modulus"]
        if any(not 0 <= x < m for x in answer):
            return Verdict.wrong(f"every value must be a remainder modulo {m}: from 0 to {m - 1}")
        expected = reference if reference is not None else self.solve(instance)
        wrong = sum(a != e for a, e in zip(answer, expected, strict=True))
        if not wrong:
            return Verdict.right()
        return Verdict.wrong(f"{wrong} of the {len(expected)} positions are wrong")

    def near_misses(self, problem):
        m = problem.instance["modulus"]
        values = [int(t) for t in problem.answer.split()]
        bumped = values[:-1] + [(values[-1] + 1) % m]
        unreduced = [values[0] + m] + values[1:]
        return [
            " ".join(map(str, bumped)),
            " ".join(map(str, unreduced)),
            " ".join(map(str, values[:-1])),
        ]
