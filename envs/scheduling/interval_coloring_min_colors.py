"""IntervalColoringMinColors: colour closed intervals so that overlapping ones differ, with as few
colours as possible.

N closed intervals [l, r] with integer ends are given; two overlap when they share at least one
point (touching ends count). The solver gives each interval a colour (a number from 1 to N) so
that overlapping intervals get different colours, using the fewest distinct colours. Interval
graphs are perfect: the fewest colours equals the largest number of intervals sharing one point,
and the greedy sweep (intervals by left end, each takes the smallest colour not held by an
interval still open) reaches it. Every proper colouring with that many colours is correct (there
are many; colour names are arbitrary). The optimum is stored at generation, and the checker
sweeps the answer in O(N log N). Scores are binary: a proper colouring with extra colours is
wrong (all-different colours are always proper, so a ratio to the optimum would pay blind
answers).

Interval lengths follow a per-instance scale (from short, sparse intervals to long, heavily
overlapping ones), so the optimum ranges from 2 to about N/2.

Difficulty schedule (left ends drawn from [0, 2N], lengths from [0, scale] with scale drawn
from [2, N]):

    d            0   1   2   3  ...  10  ...  20  ...  d
    intervals   12  14  16  18  ...  32  ...  52  ...  12 + 2d

More intervals make both the overlap structure and the colouring longer to work out. Level 0
has 12 intervals: with 10, the best fixed colouring was right on 5% of seeds.
"""

from __future__ import annotations

import heapq

from rlve_gym import Environment, Verdict
from rlve_gym.answers import parse_int_list


def greedy_colouring(intervals: list[list[int]]) -> list[int]:
    """Colours 1..k with k = the largest number of intervals sharing a point: sweep by left end,
    release colours of intervals that ended before it, take the smallest free colour."""
    order = sorted(range(len(intervals)), key=lambda i: (intervals[i][0], intervals[i][1]))
    colours = [0] * len(intervals)
    open_ends: list[tuple[int, int]] = []  # (right end, colour)
    free: list[int] = []
    used = 0
    for i in order:
        left, right = intervals[i]
        while open_ends and open_ends[0][0] < left:
            heapq.heappush(free, heapq.heappop(open_ends)[1])
        if free:
            colour = heapq.heappop(free)
        else:
            used += 1
            colour = used
        colours[i] = colour
        heapq.heappush(open_ends, (right, colour))
    return colours


def first_clash(intervals: list[list[int]], colours: list[int]) -> tuple[int, int] | None:
    """Two overlapping intervals (0-based) with the same colour, or None."""
    order = sorted(range(len(intervals)), key=lambda i: intervals[i][0])
    open_ends: list[tuple[int, int]] = []  # (right end, interval)
    holder: dict[int, int] = {}  # colour -> open interval holding it
    for i in order:
        left = intervals[i][0]
        while open_ends and open_ends[0][0] < left:
            _, j = heapq.heappop(open_ends)
            if holder.get(colours[j]) == j:
                del holder[colours[j]]
        j = holder.get(colours[i])
        if j is not None:
            return min(i, j), max(i, j)
        holder[colours[i]] = i
        heapq.heappush(open_ends, (intervals[i][1], i))
    return None


class IntervalColoringMinColors(Environment):
    description = (
        "Colours for intervals so that overlapping intervals differ, with the fewest colours"
    )
    answer_kind = "int_list"
    multiple_valid_answers = True
    answer_example = "1 2 1 3"
    catalog_name = "MinimumChromaticNumber_SegmentOverlap"

    def schedule(self, difficulty):
        return {"intervals": 12 + 2 * difficulty}

    def generate_instance(self, rng, sizes):
        n = sizes["intervals"]
        scale = rng.randint(2, n)
        intervals = []
        for _ in range(n):
            left = rng.randint(0, 2 * n)
            intervals.append([left, left + rng.randint(0, scale)])
        return {"intervals": intervals, "colours": max(greedy_colouring(intervals))}

    def solve(self, instance):
        return greedy_colouring(instance["intervals"])

    def render(self, instance):
        intervals = instance["intervals"]
        n = len(intervals)
        listing = "\n".join(f"interval {i}: [{l}, {r}]" for i, (l, r) in enumerate(intervals, 1))
        return (
            f"There are {n} closed intervals on the number line, numbered 1 to {n}:\n{listing}\n\n"
            "Two intervals overlap if they share at least one point (so [1, 3] and [3, 5] "
            f"overlap). Give every interval a colour, written as an integer from 1 to {n}, so "
            "that any two overlapping intervals have different colours, and use as few "
            "different colours as possible.\n"
            f"Answer with {n} integers separated by spaces: the colours of intervals 1, 2, ..., "
            f"{n} in order. For example, 1 2 1 3 gives intervals 1 and 3 colour 1, interval 2 "
            "colour 2 and interval 4 colour 3. Any valid colouring with the fewest colours is "
            "accepted."
        )

    def parse(self, text, instance):
        return parse_int_list(text, length=len(instance["intervals"]), max_digits=6)

    def check(self, instance, answer, reference):
        intervals = instance["intervals"]
        n = len(intervals)
        if any(not 1 <= c <= n for c in answer):
            return Verdict.wrong(f"colours must be integers from 1 to {n}")
        clash = first_clash(intervals, answer)
        if clash is not None:
            i, j = clash
            return Verdict.wrong(f"intervals {i + 1} and {j + 1} overlap but share a colour")
        used = len(set(answer))
        if used == instance["colours"]:
            return Verdict.right()
        return Verdict.wrong(f"a valid colouring, but {used} colours is not the fewest")

    def random_answer(self, problem, rng, other):
        n = len(problem.instance["intervals"])
        k = problem.instance["colours"]
        return " ".join(str(rng.randint(1, k)) for _ in range(n))

    def near_misses(self, problem):
        instance = problem.instance
        colours = [int(t) for t in problem.answer.split()]
        n = len(colours)
        k = instance["colours"]
        misses = [" ".join(map(str, colours[:-1] + [k + 1]))]  # an extra colour (or a clash)
        merged = [1 if c == 2 else c for c in colours]  # two colour classes merged
        misses.append(" ".join(map(str, merged)))
        misses.append(" ".join(map(str, colours[:-1] + [n + 1])))
        return [
            m for m in misses if not self.check(instance, self.parse(m, instance), None).correct
        ]
