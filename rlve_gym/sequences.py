"""Pieces that sequence, array and DP environments share: random arrays, how arrays are shown in a
prompt, and the checks every answer made of positions needs (in range, distinct, ordered).

Index answers are 1-based everywhere in prompts ("positions 1 to N"); these helpers take and
return 1-based positions so that an environment never converts twice.
"""

from __future__ import annotations

import random
from collections.abc import Sequence


def random_values(rng: random.Random, n: int, low: int, high: int) -> list[int]:
    """``n`` independent uniform integers in ``[low, high]`` (repeats allowed)."""
    return [rng.randint(low, high) for _ in range(n)]


def distinct_values(rng: random.Random, n: int, low: int, high: int) -> list[int]:
    """``n`` distinct integers from ``[low, high]`` in random order (needs ``high - low + 1 >= n``)."""
    return rng.sample(range(low, high + 1), n)


def random_permutation(rng: random.Random, n: int) -> list[int]:
    """A uniformly random permutation of ``1..n``."""
    order = list(range(1, n + 1))
    rng.shuffle(order)
    return order


def random_positions(rng: random.Random, n: int, k: int) -> list[int]:
    """``k`` distinct positions of ``1..n`` in increasing order (a random subsequence's indices)."""
    return sorted(rng.sample(range(1, n + 1), k))


def render_array(name: str, values: Sequence[int]) -> str:
    """``A = [3, 1, 4]`` with positions counted from 1 stated once, so prompts read alike."""
    return f"{name} = [{', '.join(map(str, values))}] (positions 1 to {len(values)})"


def positions_problem(
    positions: Sequence[int],
    n: int,
    *,
    count: int | None = None,
    increasing: bool = False,
    distinct: bool = True,
) -> str | None:
    """Why ``positions`` is not a valid list of 1-based positions into a length-``n`` sequence,
    or None when it is: each in ``1..n``, optionally exactly ``count`` of them, pairwise distinct,
    strictly increasing (a subsequence). The reason names the first offending entry."""
    if count is not None and len(positions) != count:
        return f"expected exactly {count} positions, got {len(positions)}"
    for i, p in enumerate(positions):
        if not 1 <= p <= n:
            return f"position {p} is outside 1..{n}"
        if increasing and i and p <= positions[i - 1]:
            return f"positions must be strictly increasing, but {positions[i - 1]} comes before {p}"
    if distinct and not increasing and len(set(positions)) != len(positions):
        return "a position is listed more than once"
    return None


def permutation_problem(order: Sequence[int], n: int) -> str | None:
    """Why ``order`` is not a permutation of ``1..n``, or None."""
    if len(order) != n:
        return f"expected {n} numbers (a permutation of 1..{n}), got {len(order)}"
    seen = [False] * (n + 1)
    for p in order:
        if not 1 <= p <= n:
            return f"{p} is outside 1..{n}"
        if seen[p]:
            return f"{p} appears more than once"
        seen[p] = True
    return None


def count_inversions(values: Sequence[int]) -> int:
    """Pairs ``i < j`` with ``values[i] > values[j]`` (strictly), by merge sort in O(n log n)."""
    items = list(values)
    count = 0
    width = 1
    n = len(items)
    while width < n:
        merged: list[int] = []
        for start in range(0, n, 2 * width):
            left = items[start : start + width]
            right = items[start + width : start + 2 * width]
            i = j = 0
            while i < len(left) and j < len(right):
                if right[j] < left[i]:  # right[j] jumps every remaining left item
                    count += len(left) - i
                    merged.append(right[j])
                    j += 1
                else:
                    merged.append(left[i])
                    i += 1
            merged.extend(left[i:])
            merged.extend(right[j:])
        items = merged
        width *= 2
    return count


def lis_ending_lengths(values: Sequence[int], strict: bool = True) -> list[int]:
    """For every position, the length of the longest increasing subsequence ending there
    (non-decreasing when ``strict`` is False), by patience sorting in O(n log n)."""
    from bisect import bisect_left, bisect_right

    place = bisect_left if strict else bisect_right
    tails: list[int] = []  # tails[k]: smallest last value of a subsequence of length k + 1
    lengths = []
    for v in values:
        k = place(tails, v)
        if k == len(tails):
            tails.append(v)
        else:
            tails[k] = v
        lengths.append(k + 1)
    return lengths


def xor_subset(values: Sequence[int], target: int) -> list[int] | None:
    """Indices of some items of ``values`` (non-negative ints) whose XOR is ``target``, found by
    Gaussian elimination over GF(2); None when ``target`` is outside their span."""
    basis: dict[int, tuple[int, int]] = {}  # leading bit -> (reduced value, bitmask of indices)
    for index, value in enumerate(values):
        mask = 1 << index
        while value:
            top = value.bit_length() - 1
            if top not in basis:
                basis[top] = (value, mask)
                break
            value ^= basis[top][0]
            mask ^= basis[top][1]
    chosen = 0
    while target:
        top = target.bit_length() - 1
        if top not in basis:
            return None
        target ^= basis[top][0]
        chosen ^= basis[top][1]
    return [i for i in range(len(values)) if chosen >> i & 1]
