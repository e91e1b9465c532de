"""SlidingWindowMinimums: the minimum of every window of K consecutive elements of an array.

The solver sees an array A of N integers and a window length K, and answers with the N - K + 1
minima min(A[i..i+K-1]) for i = 1..N-K+1, in order. The list is unique, so exactly one answer is
correct; there is no partial credit. The reference uses a monotone deque (O(N)).

K is drawn from [2, max(3, N // 3)], so windows overlap and the minima change along the array;
values come from [0, V] with V well above N, so the minima are not one repeated small number.

Difficulty schedule (array length N, values in [0, V]):

    d      0    1    2    3  ...  10  ...  20  ...  d
    N      8   10   12   14  ...  28  ...  48  ...  8 + 2d
    V     30   35   40   45  ...  80  ...  130 ...  30 + 5d

Level 0 already has 8 elements and windows of 2 or 3 (a single window is just a minimum); two
more elements per level give more windows, and larger K from level 3 on makes every window
minimum a longer scan unless one keeps the deque of candidates.
"""

from __future__ import annotations

from collections import deque

from rlve_gym import Environment
from rlve_gym.sequences import random_values, render_array

from ._int_lists import list_verdict, parse_values


def window_minima(values: list[int], k: int) -> list[int]:
    """Minimum of each length-``k`` window, left to right, by a deque of increasing candidates."""
    candidates: deque[int] = deque()  # positions whose values increase from front to back
    minima = []
    for i, v in enumerate(values):
        while candidates and values[candidates[-1]] >= v:
            candidates.pop()
        candidates.append(i)
        if candidates[0] <= i - k:
            candidates.popleft()
        if i >= k - 1:
            minima.append(values[candidates[0]])
    return minima


class SlidingWindowMinimums(Environment):
    description = "The minimum of every window of K consecutive array elements, left to right"
    answer_kind = "int_list"
    answer_example = "2 1"
    catalog_name = "SlidingWindow"

    def schedule(self, difficulty):
        return {"length": 8 + 2 * difficulty, "max_value": 30 + 5 * difficulty}

    def generate_instance(self, rng, sizes):
        n = sizes["length"]
        return {
            "values": random_values(rng, n, 0, sizes["max_value"]),
            "window": rng.randint(2, max(3, n // 3)),
        }

    def solve(self, instance):
        return window_minima(instance["values"], instance["window"])

    def render(self, instance):
        values, k = instance["values"], instance["window"]
        n = len(values)
        return (
            f"{render_array('A', values)}\n"
            f"Window length K = {k}.\n\n"
            f"For every start position i = 1, 2, ..., {n - k + 1}, the window starting at i is "
            f"the K consecutive elements A[i], A[i+1], ..., A[i+K-1]. Find the minimum of each "
            "window.\n"
            f"Answer with the {n - k + 1} window minima in order of the start position, separated "
            "by spaces. For example, for A = [4, 2, 5, 1] and K = 3 the windows are [4, 2, 5] and "
            "[2, 5, 1], and the answer would be 2 1."
        )

    def parse(self, text, instance):
        return parse_values(text, len(instance["values"]) - instance["window"] + 1)

    def check(self, instance, answer, reference):
        return list_verdict(
            answer,
            reference,
            wrong_count="expected one minimum per window ({want}), got {got}",
            wrong_entry="the minimum given for the window starting at {position} is wrong",
        )
