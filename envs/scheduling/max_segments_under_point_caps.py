"""MaxSegmentsUnderPointCaps: choose the most segments so that no checked point is covered too often.

N closed segments [l, r] with integer ends and a list of caps "point p may be covered by at most
x chosen segments" are given. The solver names a largest set of segments that respects every
cap; every such set is correct (there are usually several). The reference sweeps the capped
points from left to right, keeping the chosen segments that cover the current point, and when
there are too many drops those that reach furthest right (they would only get in the way
later): the classic exchange argument makes this optimal. The optimum is stored at generation.
Scores are binary.

Instances are built from chains: 5, 7 or 9 segments in a row, each overlapping only its
neighbours, with a cap of 1 at a point of every overlap, so a chain of m segments allows at
most (m + 1) / 2 of them (every other one, from the first). Up to an eighth of the segments lie in
the gaps between chains and touch no capped point (always worth taking). Segments are numbered
in random order and the caps listed by position. Random instances were unsuitable: choosing
segments in random order while the caps allow it was optimal on 80% of 12-segment instances
and still 20-40% with 20; along a chain of 7 it is optimal only 32% of the time.

Difficulty schedule:

    d            0   1   2   3  ...  10  ...  20  ...  d
    segments    26  28  30  32  ...  46  ...  66  ...  26 + 2d

More segments mean more and longer chains to resolve. Level 0 has 26 segments, about three
chains: random filling is then optimal on 2-3% of instances (4.5% with 24 segments).
"""

from __future__ import annotations

import heapq

from rlve_gym import Environment, Verdict
from rlve_gym.answers import parse_int_list


def most_segments(segments: list[list[int]], caps: list[list[int]]) -> list[int]:
    """0-based indices of a largest set of segments respecting every (point, cap)."""
    by_left = sorted(range(len(segments)), key=lambda i: segments[i][0])
    dropped = set()
    far: list[tuple[int, int]] = []  # max-heap of (-right end, segment) among chosen ones seen
    near: list[tuple[int, int]] = []  # min-heap of (right end, segment) to expire them
    gone = set()  # chosen segments no longer in the window (ended or dropped)
    active = 0
    nxt = 0
    for point, cap in sorted(caps):
        while nxt < len(by_left) and segments[by_left[nxt]][0] <= point:
            i = by_left[nxt]
            heapq.heappush(far, (-segments[i][1], i))
            heapq.heappush(near, (segments[i][1], i))
            active += 1
            nxt += 1
        while near and (near[0][1] in gone or near[0][0] < point):
            _, i = heapq.heappop(near)
            if i not in gone:
                gone.add(i)
                active -= 1
        while active > cap:
            _, i = heapq.heappop(far)
            if i in gone:
                continue
            gone.add(i)
            dropped.add(i)
            active -= 1
    return [i for i in range(len(segments)) if i not in dropped]


def chain(rng, length: int, start: int) -> tuple[list[list[int]], list[list[int]]]:
    """Segments in a row where each overlaps only its neighbours, and a cap of 1 at a point of
    every overlap: the choices form a path, whose largest choice (every other segment, from
    the first) random filling misses more often the longer the path."""
    segments, caps = [], []
    left, prev_right = start, start - 1
    for j in range(length):
        right = max(left + rng.randint(2, 6), prev_right + 1)
        segments.append([left, right])
        if j + 1 < length:
            next_left = rng.randint(max(left + 1, prev_right + 1), right)
            caps.append([rng.randint(next_left, right), 1])
            left, prev_right = next_left, right
    return segments, caps


def cover_counts(segments: list[list[int]], chosen: list[int], points: list[int]) -> list[int]:
    return [sum(1 for i in chosen if segments[i][0] <= p <= segments[i][1]) for p in points]


class MaxSegmentsUnderPointCaps(Environment):
    description = (
        "A largest set of segments such that each capped point is covered at most its cap times"
    )
    answer_kind = "int_list"
    multiple_valid_answers = True
    answer_example = "3 1 4"
    catalog_name = "MaxSegmentCoverageConstraint"

    def schedule(self, difficulty):
        return {"segments": 26 + 2 * difficulty}

    def generate_instance(self, rng, sizes):
        n = sizes["segments"]
        noise = rng.randint(0, n // 8)
        lengths = []
        budget = n - noise
        while budget >= 5:
            m = rng.choice([k for k in (5, 7, 9) if k <= budget])
            lengths.append(m)
            budget -= m
        noise += budget
        segments: list[list[int]] = []
        caps: list[list[int]] = []
        gaps: list[tuple[int, int]] = []
        x = rng.randint(0, 3)
        for m in lengths:
            chain_segments, chain_caps = chain(rng, m, x)
            segments += chain_segments
            caps += chain_caps
            gap = (chain_segments[-1][1] + 1, chain_segments[-1][1] + rng.randint(2, 6))
            gaps.append(gap)
            x = gap[1] + 1
        gaps = gaps or [(x, x + 6)]
        for _ in range(noise):  # inside a gap between chains: covers no capped point
            low, high = rng.choice(gaps)
            left = rng.randint(low, high)
            segments.append([left, rng.randint(left, high)])
        rng.shuffle(segments)
        caps.sort()
        return {
            "segments": segments,
            "caps": caps,
            "best_count": len(most_segments(segments, caps)),
        }

    def solve(self, instance):
        return [i + 1 for i in most_segments(instance["segments"], instance["caps"])]

    def render(self, instance):
        segments, caps = instance["segments"], instance["caps"]
        n = len(segments)
        seg_text = "\n".join(f"segment {i}: [{l}, {r}]" for i, (l, r) in enumerate(segments, 1))
        cap_text = "\n".join(f"point {p}: at most {x}" for p, x in caps)
        return (
            f"There are {n} closed segments on the number line, numbered 1 to {n} (segment [l, r] "
            "covers every point p with l <= p <= r):\n"
            f"{seg_text}\n\n"
            "Choose some of the segments (each at most once). For each of the following points, "
            "the number of chosen segments covering it must not exceed the given cap:\n"
            f"{cap_text}\n\n"
            "Choose as many segments as possible. Answer with the numbers of the chosen segments "
            "separated by spaces, in any order (for example 3 1 4). If several choices reach the "
            "largest number, any one of them is accepted."
        )

    def parse(self, text, instance):
        return parse_int_list(text, max_items=len(instance["segments"]) + 1, max_digits=6)

    def check(self, instance, answer, reference):
        segments = instance["segments"]
        n = len(segments)
        if any(not 1 <= i <= n for i in answer):
            return Verdict.wrong(f"segment numbers must be between 1 and {n}")
        if len(set(answer)) != len(answer):
            return Verdict.wrong("a segment is chosen more than once")
        chosen = [i - 1 for i in answer]
        points = [p for p, _ in instance["caps"]]
        for (p, cap), count in zip(
            instance["caps"], cover_counts(segments, chosen, points), strict=True
        ):
            if count > cap:
                return Verdict.wrong(f"point {p} is covered {count} times, more than its cap {cap}")
        if len(answer) == instance["best_count"]:
            return Verdict.right()
        return Verdict.wrong(f"all caps hold, but {len(answer)} segments is not the most possible")

    def random_answer(self, problem, rng, other):
        inst = problem.instance
        order = list(range(len(inst["segments"])))
        rng.shuffle(order)
        chosen: list[int] = []
        points = [p for p, _ in inst["caps"]]
        caps = [x for _, x in inst["caps"]]
        for i in order:  # add segments in random order while every cap still holds
            counts = cover_counts(inst["segments"], chosen + [i], points)
            if all(c <= x for c, x in zip(counts, caps, strict=True)):
                chosen.append(i)
        return " ".join(str(i + 1) for i in sorted(chosen))

    def near_misses(self, problem):
        inst = problem.instance
        chosen = [int(t) for t in problem.answer.split()]
        n = len(inst["segments"])
        misses = [
            " ".join(map(str, chosen[:-1])),
            " ".join(map(str, chosen + [chosen[0]])),
            " ".join(map(str, chosen + [n + 1])),
            " ".join(map(str, range(1, n + 1))),
        ]
        left_out = [i for i in range(1, n + 1) if i not in chosen]
        if left_out:
            misses.append(" ".join(map(str, chosen + left_out[:1])))
        return misses
