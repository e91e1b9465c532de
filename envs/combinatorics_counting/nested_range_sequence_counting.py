"""Nested-range sequences: count A[1..N] with 1 <= A[i] <= R[i] where, from the third term on,
each term lies between the nearest earlier values around the previous term, modulo a prime.

For i >= 3 let l (r) be the largest (smallest) of A[1..i-2] that is <= (>=) A[i-1], or -inf
(+inf) if there is none; A[i] must lie in [l, r]. No earlier value lies strictly inside (l, r),
so after A[i] = y the new window is (l, A[i-1]) if y < A[i-1], (A[i-1], r) if y > A[i-1], and the
single point y if y equals l, r or A[i-1] (from then on the sequence is constant).

The DP keeps, per window (l, r), the number of ways ending at each current value strictly inside
it -- the same for every such value, because the window was created with both ends fixed -- and
separately the ways already constant at each value x. One step moves all of this with prefix and
suffix sums over the (V + 2)^2 windows (numpy), O(N V^2) in total.

Difficulty schedule (every R[i] is drawn from max(2, V / 3) .. V, so the count is at least 2):

    d     0   1   2   3   5   10   20   30   ...  d
    N     3   4   5   6   8   13   23   33   ...  3 + d
    V     4   7  10  13  19   34   64   94   ...  4 + 3 d
"""

from __future__ import annotations

import numpy as np

from rlve_gym.kernels.combinatorics import choose_prime

from rlve_gym.modular import ModularCountEnvironment, modulus_sentence


def count_nested_range_sequences(bounds: list[int], modulus: int) -> int:
    top = max(bounds)
    size = top + 2  # window ends: 0 stands for -inf, top + 1 for +inf
    ends = np.arange(size)
    window = np.zeros((size, size), dtype=np.int64)  # ways per current value strictly inside (l, r)
    constant = np.zeros(size, dtype=np.int64)  # ways already constant at value x
    window[0, top + 1] = 1

    def inside(bound: int) -> np.ndarray:
        """inside[l, r] = how many values x with l < x < r and 1 <= x <= bound."""
        upper = np.minimum(ends[None, :] - 1, bound)
        return np.maximum(upper - ends[:, None], 0)

    for previous_bound, bound in zip(bounds, bounds[1:], strict=False):
        count_inside = inside(previous_bound)
        new_constant = np.where(ends <= bound, constant, 0)
        # y equal to the current value x: sum over windows containing x
        left_head = np.cumsum(window, axis=0) % modulus  # sum over l' <= l
        both = np.cumsum(left_head[:, ::-1], axis=1)[:, ::-1] % modulus  # and over r' >= r
        stay = np.zeros(size, dtype=np.int64)
        stay[1 : top + 1] = both[0:top, 2 : top + 2].diagonal()
        limit = min(previous_bound, bound)
        stay[limit + 1 :] = 0
        new_constant += stay
        # y equal to a window end l or r (real values only, y <= bound)
        weighted = window * count_inside % modulus
        to_left_end = weighted.sum(axis=1) % modulus
        to_right_end = weighted.sum(axis=0) % modulus
        real = (ends >= 1) & (ends <= min(top, bound))
        new_constant = (new_constant + np.where(real, to_left_end + to_right_end, 0)) % modulus
        # y strictly between: window (l, x) from (l, r) with r > x, or (x, r) from (l, r) with l < x
        right_tail = np.cumsum(window[:, ::-1], axis=1)[:, ::-1] % modulus  # sum over r' >= r
        from_right = np.zeros_like(window)
        from_right[:, : size - 1] = right_tail[:, 1:]  # sum over r' > r
        from_left = np.zeros_like(window)
        from_left[1:, :] = left_head[:-1, :]  # sum over l' < l
        valid_new_end = (ends >= 1) & (ends <= previous_bound)
        upper_triangle = ends[:, None] < ends[None, :]
        window = (
            np.where(valid_new_end[None, :], from_right, 0)
            + np.where(valid_new_end[:, None], from_left, 0)
        ) % modulus
        window = np.where(upper_triangle, window, 0)
        constant = new_constant
    total = int((window * inside(bounds[-1]) % modulus).sum() % modulus) + int(
        constant.sum() % modulus
    )
    return total % modulus


class NestedRangeSequenceCounting(ModularCountEnvironment):
    description = "Number of bounded sequences where each term stays between the nearest earlier values around the previous term, modulo a prime"
    catalog_name = "RangeShrinkingSequenceCounting"

    def schedule(self, difficulty):
        return {"length": 3 + difficulty, "max_value": 4 + 3 * difficulty}

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
