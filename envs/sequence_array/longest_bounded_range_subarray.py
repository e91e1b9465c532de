"""LongestBoundedRangeSubarray: the longest run of consecutive elements whose largest and smallest
values differ by at most K.

The solver sees an integer array A and a bound K, and answers with the first and last position
(1-based, inclusive) of a longest contiguous subarray whose maximum minus minimum is at most K.
Every subarray of the largest possible length that meets the bound is correct (there are often
several); a valid but shorter subarray, or one that breaks the bound, earns nothing.

The array is a random walk (steps of -3 .. 3 from a random start, shifted to be non-negative), so
nearby elements are close and long stretches stay within a band: the answer is a real search
over windows, not a pair of equal neighbours. K is drawn between a sixth and a half of the
whole array's spread (below the spread, so the whole array is never the answer) and is at least
3, so neighbours fit and the answer has two elements or more. Windows at either end of the
array only need to be bounded on one side and would be the answer too often (a fixed "last
seven positions" was right on 7% of level 0): instances where a prefix or suffix is a longest
window are redrawn (up to 20 times, after which the last draw is kept). The reference is the
two-deque sliding window, O(N).

Difficulty schedule:

    d        0   1   2   3  ...  10  ...  20  ...  d
    length  24  27  30  33  ...  54  ...  84  ...  24 + 3d

Level 0 already has 24 elements: with 16, one fixed pair of positions was right on 5.5% of
the seeds of a level. Longer walks mean more windows to compare and longer stretches over which
to track the running extremes.
"""

from __future__ import annotations

from collections import deque

from rlve_gym import Environment, Verdict
from rlve_gym.answers import parse_int_list
from rlve_gym.sequences import positions_problem, render_array

#: largest step of the random walk the array follows
STEP = 3
#: draws before accepting an instance whose longest window is a prefix or a suffix
REDRAWS = 20


def longest_window_length(values: list[int], bound: int) -> int:
    """Length of the longest contiguous window with max - min <= bound (sliding window)."""
    highs: deque[int] = deque()  # indices, values decreasing: the window's maximum first
    lows: deque[int] = deque()  # indices, values increasing: the window's minimum first
    start = best = 0
    for end, value in enumerate(values):
        while highs and values[highs[-1]] <= value:
            highs.pop()
        highs.append(end)
        while lows and values[lows[-1]] >= value:
            lows.pop()
        lows.append(end)
        while values[highs[0]] - values[lows[0]] > bound:
            start += 1
            if highs[0] < start:
                highs.popleft()
            if lows[0] < start:
                lows.popleft()
        best = max(best, end - start + 1)
    return best


def random_walk_with_bound(rng, length: int) -> tuple[list[int], int]:
    """A non-negative random walk and a bound K below its spread (see the module docstring)."""
    walk = [0]
    for _ in range(length - 1):
        walk.append(walk[-1] + rng.randint(-STEP, STEP))
    low = min(walk)
    values = [v - low for v in walk]
    spread = max(values)
    if spread < 2 * STEP:  # a nearly flat walk: make one end stand out
        values[-1] = spread + 2 * STEP
        spread = values[-1]
    bound = max(STEP, rng.randint(spread // 6, spread // 2))
    return values, min(bound, spread - 1)


def touches_an_end(values: list[int], bound: int, longest: int) -> bool:
    """Whether a prefix or a suffix is among the longest windows."""
    head, tail = values[:longest], values[-longest:]
    return max(head) - min(head) <= bound or max(tail) - min(tail) <= bound


class LongestBoundedRangeSubarray(Environment):
    description = "Bounds of a longest contiguous subarray whose max minus min is at most K"
    answer_kind = "int_list"
    multiple_valid_answers = True
    answer_example = "3 3"  # a single element; the answer always has two or more
    catalog_name = "LongestMaxDiffBoundedInterval"

    def schedule(self, difficulty):
        return {"length": 24 + 3 * difficulty}

    def generate_instance(self, rng, sizes):
        for _ in range(REDRAWS):
            values, bound = random_walk_with_bound(rng, sizes["length"])
            longest = longest_window_length(values, bound)
            if not touches_an_end(values, bound, longest):
                break
        return {"values": values, "bound": bound, "longest": longest}

    def solve(self, instance):
        values, bound, longest = instance["values"], instance["bound"], instance["longest"]
        for start in range(len(values) - longest + 1):
            window = values[start : start + longest]
            if max(window) - min(window) <= bound:
                return [start + 1, start + longest]
        raise AssertionError("the stored longest length has no window")

    def render(self, instance):
        values, bound = instance["values"], instance["bound"]
        return (
            f"{render_array('A', values)}\n\n"
            "Find a longest contiguous subarray A[l], A[l+1], ..., A[r] (1 <= l <= r <= "
            f"{len(values)}) in which the largest value minus the smallest value is at most "
            f"K = {bound}.\n"
            "Answer with l and r separated by a space. For example, for A = [4, 9, 5, 6] and "
            "K = 2 the answer is 3 4 (the subarray 5, 6). If several subarrays have the largest "
            "possible length, any one of them is accepted."
        )

    def parse(self, text, instance):
        return parse_int_list(text, length=2, max_digits=6)

    def check(self, instance, answer, reference):
        values = instance["values"]
        why = positions_problem(answer, len(values), distinct=False)
        if why is None and answer[0] > answer[1]:
            why = f"l = {answer[0]} must not exceed r = {answer[1]}"
        if why:
            return Verdict.wrong(why)
        window = values[answer[0] - 1 : answer[1]]
        spread = max(window) - min(window)
        if spread > instance["bound"]:
            return Verdict.wrong(
                f"max minus min of that subarray is {spread} > {instance['bound']}"
            )
        if len(window) == instance["longest"]:
            return Verdict.right()
        return Verdict.wrong(f"valid, but a longer subarray than {len(window)} elements exists")

    def random_answer(self, problem, rng, other):
        n = len(problem.instance["values"])
        left, right = sorted(rng.sample(range(1, n + 1), 2))
        return f"{left} {right}"

    def near_misses(self, problem):
        n = len(problem.instance["values"])
        left, right = (int(t) for t in problem.answer.split())
        misses = [
            f"{right} {left}",
            f"{left} {right - 1}",
            f"{left + 1} {right}",
            f"{left} {n + 1}",
        ]
        if left > 1:
            misses.append(f"{left - 1} {right}")  # longer than the longest: breaks the bound
        if right < n:
            misses.append(f"{left} {right + 1}")
        return misses
