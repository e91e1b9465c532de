"""Nested-range sequences: count A[1..N] with 1 <= A[i] <= R[i] where, from the third term on,
each term lies between the nearest earlier values around the previous term, modulo a prime.

For i >= 3 let l (r) be the largest (smallest) of A[1..i-2] that is <= (>=) A[i-1], or -inf
(+inf) if there is none; A[i] must lie in [l, r]. No earlier value lies strictly inside (l, r),
so after A[i] = y the new window is (l, A[i-1]) if y < A[i-1], (A[i-1], r) if y > A[i-1], and the
single point y if y equals l, r or A[i-1] (from then on the sequence is constant).

The DP keeps, per window (l, r), the number of ways ending at each current value strictly inside
it -- the same for every such value, because the window was created with both ends fixed -- and
separately the ways already constant at each value x. One step moves all of this with prefix and
suffix sums over the (V + 2)^2 windows (a Numba loop), O(N V^2) in total.

Difficulty schedule (every R[i] is drawn from max(2, V / 3) .. V, so the count is at least 2):

    d     0   1   2   3   5   10   20   30   ...  d
    N     4   5   6   7   9   14   24   34   ...  4 + d
    V     7  10  13  16  22   37   67   97   ...  7 + 3 d

It starts at N = 4, V = 7: three terms below 5 gave too few distinct problems, and one count (22)
answered a sixth of them.
"""

from __future__ import annotations

import numpy as np
from numba import njit

from rlve_gym.kernels.combinatorics import choose_prime
from rlve_gym.modular import ModularCountEnvironment, modulus_sentence


@njit(cache=True)
def _count_kernel(bounds, modulus):  # pragma: no cover - compiled
    top = bounds.max()
    size = top + 2  # window ends: 0 stands for -inf, top + 1 for +inf
    window = np.zeros((size, size), dtype=np.int64)  # ways per current value strictly inside (l, r)
    constant = np.zeros(size, dtype=np.int64)  # ways already constant at value x
    window[0, top + 1] = 1
    left_head = np.zeros((size, size), dtype=np.int64)  # sum over l' <= l of window[l', r]
    both = np.zeros((size, size), dtype=np.int64)  # ... and over r' >= r
    right_tail = np.zeros((size, size), dtype=np.int64)  # sum over r' >= r of window[l, r']
    for step in range(1, len(bounds)):
        previous_bound, bound = bounds[step - 1], bounds[step]
        # entries are residues below 2**31 and there are at most a few hundred per sum, so the
        # running sums below stay far from 2**63 and are reduced only where they are stored
        for r in range(size):
            left_head[0, r] = window[0, r]
        for l in range(1, size):
            for r in range(size):
                left_head[l, r] = left_head[l - 1, r] + window[l, r]
        for l in range(size):
            running = 0
            tail = 0
            for r in range(size - 1, -1, -1):
                running += left_head[l, r]
                both[l, r] = running
                tail += window[l, r]
                right_tail[l, r] = tail
        new_constant = np.zeros(size, dtype=np.int64)
        for x in range(min(bound, top) + 1):
            new_constant[x] = constant[x]
        # y equal to the current value x: every window holding x strictly inside
        for x in range(1, min(previous_bound, bound) + 1):
            new_constant[x] = (new_constant[x] + both[x - 1, x + 1]) % modulus
        # y equal to a window end l or r (real values only, y <= bound)
        to_end = np.zeros(size, dtype=np.int64)
        for l in range(size):
            for r in range(l + 1, size):
                inside = max(min(r - 1, previous_bound) - l, 0)
                weighted = window[l, r] * inside
                to_end[l] += weighted
                to_end[r] += weighted
        for e in range(1, min(top, bound) + 1):
            new_constant[e] = (new_constant[e] + to_end[e]) % modulus
        # y strictly between: window (l, x) from (l, r) with r > x, or (x, r) from (l, r) with l < x
        new_window = np.zeros((size, size), dtype=np.int64)
        for l in range(size):
            for r in range(l + 1, size):
                value = 0
                if 1 <= r <= previous_bound and r + 1 < size:
                    value += right_tail[l, r + 1]
                if 1 <= l <= previous_bound:
                    value += left_head[l - 1, r]
                new_window[l, r] = value % modulus
        window = new_window
        constant = new_constant
    last = bounds[len(bounds) - 1]
    total = 0
    for l in range(size):
        for r in range(l + 1, size):
            inside = max(min(r - 1, last) - l, 0)
            total = (total + window[l, r] * inside) % modulus
    for x in range(size):
        total = (total + constant[x]) % modulus
    return total


def count_nested_range_sequences(bounds: list[int], modulus: int) -> int:
    return int(_count_kernel(np.array(bounds, dtype=np.int64), modulus))


class NestedRangeSequenceCounting(ModularCountEnvironment):
    description = "Number of bounded sequences where each term stays between the nearest earlier values around the previous term, modulo a prime"
    catalog_name = "RangeShrinkingSequenceCounting"

    def schedule(self, difficulty):
        return {"length": 4 + difficulty, "max_value": 7 + 3 * difficulty}

    def generate_instance(self, rng, sizes):
        top = sizes["max_value"]
        bounds = [rng.randint(max(2, top // 3), top) for _ in range(sizes["length"])]
        return {"bounds": bounds, "modulus": choose_prime(rng)}

    def solve(self, instance):
        return count_nested_range_sequences(instance["bounds"], instance["modulus"])

    def render(self, instance):
        bounds = instance["bounds"]
        n = len(bounds)
        return (
            f"Count the integer sequences A[1], A[2], ..., A[N] with N = {n} such that:\n"
            "- 1 <= A[i] <= R[i] for every i, where R = " + " ".join(map(str, bounds)) + ";\n"
            "- for every i with 3 <= i <= N: let l be the largest value among A[1], ..., A[i-2] that "
            "is <= A[i-1] (l = -infinity if there is none) and r the smallest value among A[1], ..., "
            "A[i-2] that is >= A[i-1] (r = +infinity if there is none); then l <= A[i] <= r.\n"
            "For example, with R = 3 3 3 the sequence 1 3 2 is allowed (for i = 3: l = 1, r = "
            "+infinity) but 2 3 1 is not (l = 2, r = +infinity).\n"
            f"{modulus_sentence(instance['modulus'])}\n"
            "Answer with a single integer."
        )
