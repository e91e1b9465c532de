"""OnesAndTwosSubarrayForEverySum: for every target from 1 to the total, a run of consecutive
elements of a 1/2 array with exactly that sum, or a statement that there is none.

The solver sees an array A of N elements, each 1 or 2, with total S. For every target
x = 1, 2, ..., S it answers with positions "l r" (1 <= l <= r <= N) such that
A[l] + ... + A[r] = x, or "0 0" when no run of consecutive elements sums to x. Any run with
the right sum is accepted for a target (often there are several), so the answer is checked line
by line against the stored list of reachable targets; one wrong line makes it wrong.

Removing a 2 from either end of a run lowers its sum by 2, and so does removing a 1 from both
ends, so a target x is reachable exactly when x is at most the largest reachable sum of the
same parity. One parity's largest sum is S (all of A); the other's is S minus the cheaper of
cutting A just after its first 1 or just before its last 1 (none if A has no 1). Shrinking
these two runs two at a time gives a run for every reachable target, O(N + S).

Each element is 2 with a probability drawn uniformly from 0.25 .. 0.75 per instance, and both
values always occur: arrays of all 1s (or all 2s) share one answer pattern (runs growing from
the middle), which a fixed answer matched on 9-13% of the early levels.

Difficulty schedule:

    d       0   1   2   3  ...  10  ...  20  ...  d
    N      12  13  14  15  ...  22  ...  32  ...  12 + d

Level 0 has 12 elements (with 8 there are only 256 arrays, too few distinct problems); every
extra element adds one or two targets to answer.
"""

from __future__ import annotations

from rlve_gym import Environment, Verdict
from rlve_gym.answers import parse_int_list
from rlve_gym.sequences import render_array


def runs_for_every_sum(values: list[int]) -> list[tuple[int, int] | None]:
    """Entry x - 1: 0-based (first, last) of a run summing to x, or None; x = 1 .. sum."""
    total, n = sum(values), len(values)
    runs: list[tuple[int, int] | None] = [None] * total
    starts = [(0, n - 1, total)]
    ones = [i for i, v in enumerate(values) if v == 1]
    if ones:
        cut_front = sum(values[: ones[0] + 1])  # drop everything up to the first 1
        cut_back = sum(values[ones[-1] :])  # or everything from the last 1 on
        if cut_front <= cut_back:
            starts.append((ones[0] + 1, n - 1, total - cut_front))
        else:
            starts.append((0, ones[-1] - 1, total - cut_back))
    for first, last, current in starts:
        while current >= 1 and first <= last:
            runs[current - 1] = (first, last)
            if values[first] == 2:
                first += 1
            elif values[last] == 2:
                last -= 1
            else:  # both ends are 1
                first, last = first + 1, last - 1
            current -= 2
    return runs


class OnesAndTwosSubarrayForEverySum(Environment):
    description = "For each target 1..S, a subarray of a 1/2 array with that sum, or 0 0 if none"
    answer_kind = "construction_with_checker"
    multiple_valid_answers = True
    answer_example = "1 1\n0 0\n1 2"  # three targets; every array of a level has S >= 12
    catalog_name = "LIZ_Lollipop"

    def schedule(self, difficulty):
        return {"length": 12 + difficulty}

    def generate_instance(self, rng, sizes):
        n = sizes["length"]
        share_of_twos = rng.uniform(0.25, 0.75)
        values = [2 if rng.random() < share_of_twos else 1 for _ in range(n)]
        if len(set(values)) == 1:  # keep both values: one-valued arrays have patterned answers
            values[rng.randrange(n)] = 3 - values[0]
        reachable = [run is not None for run in runs_for_every_sum(values)]
        return {"values": values, "reachable": reachable}

    def solve(self, instance):
        return runs_for_every_sum(instance["values"])

    def format_answer(self, answer):
        return "\n".join("0 0" if run is None else f"{run[0] + 1} {run[1] + 1}" for run in answer)

    def render(self, instance):
        values = instance["values"]
        total = sum(values)
        return (
            f"{render_array('A', values)}\n"
            f"Every element is 1 or 2, and the total is S = {total}.\n\n"
            f"For every target x = 1, 2, ..., {total}, find positions l and r with 1 <= l <= r <= "
            f"{len(values)} such that A[l] + A[l+1] + ... + A[r] = x, or say that no such l, r "
            "exist.\n"
            f"Answer with {total} lines, line x for target x: the two integers l r separated by a "
            "space, or 0 0 if no run of consecutive elements sums to x. For example, for "
            "A = [2, 2, 1] (S = 5) the answer is the five lines 3 3 / 1 1 / 2 3 / 1 2 / 1 3 "
            "(written one per line); for A = [2, 2] it is 0 0 / 1 1 / 0 0 / 1 2. If several "
            "runs have the right sum, any one of them is accepted."
        )

    def parse(self, text, instance):
        total = len(instance["reachable"])
        numbers = parse_int_list(text, length=2 * total, max_digits=6)
        return [(numbers[i], numbers[i + 1]) for i in range(0, 2 * total, 2)]

    def check(self, instance, answer, reference):
        values = instance["values"]
        prefix = [0]
        for v in values:
            prefix.append(prefix[-1] + v)
        n = len(values)
        for target, ((left, right), reachable) in enumerate(
            zip(answer, instance["reachable"], strict=True), start=1
        ):
            if (left, right) == (0, 0):
                if reachable:
                    return Verdict.wrong(f"line {target}: some run does sum to {target}")
                continue
            if not 1 <= left <= right <= n:
                return Verdict.wrong(f"line {target}: {left} {right} is neither 0 0 nor a run")
            if prefix[right] - prefix[left - 1] != target:
                return Verdict.wrong(f"line {target}: A[{left}..{right}] does not sum to {target}")
        return Verdict.right()

    def random_answer(self, problem, rng, other):
        n, lines = len(problem.instance["values"]), []
        for _ in problem.instance["reachable"]:
            left, right = sorted((rng.randint(0, n), rng.randint(0, n)))
            lines.append("0 0" if left == 0 else f"{left} {right}")
        return "\n".join(lines)

    def near_misses(self, problem):
        lines = problem.answer.splitlines()
        n = len(problem.instance["values"])
        misses = ["\n".join(lines[:-1])]  # a target missing
        first_reachable = problem.instance["reachable"].index(True)
        hidden = lines[:]
        hidden[first_reachable] = "0 0"
        misses.append("\n".join(hidden))
        if len(lines) >= 2 and lines[0] != "0 0":  # runs for 1 and 2 swapped
            misses.append("\n".join([lines[1], lines[0]] + lines[2:]))
        if False in problem.instance["reachable"]:
            claimed = lines[:]
            claimed[problem.instance["reachable"].index(False)] = f"1 {n}"
            misses.append("\n".join(claimed))
        return misses
