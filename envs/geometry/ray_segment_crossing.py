"""RayFromOriginMaxSegmentValue: the largest total value of segments one ray from the origin hits.

The solver sees N segments whose endpoints have positive integer coordinates, each with a
positive integer value, and picks a direction for a ray (half-line) starting at the origin; the
ray hits a segment if they share at least one point (touching an endpoint counts). The answer is
the largest total value of the segments a single ray can hit; there is one right answer. Seen
from the origin each segment covers a closed range of directions, from its lower endpoint's
direction to its higher one (a segment pointing straight at the origin covers a single
direction), so the answer is the heaviest set of these ranges sharing a direction. The reference
sorts the range ends by slope y / x (exact fractions; every direction lies strictly inside the
first quadrant, where the angle grows with the slope), opening ranges before closing them at
equal slopes, and keeps a running total.

Values make the answer informative: the plain count (every value 1) took so few values that the
most common count was right on 38% of the seeds of level 0 and still 12% at level 20.

Difficulty schedule (endpoints drawn from [1, coordinate]^2):

    d             0   1   2   3  ...  10  ...  20  ...  d
    segments      8  10  12  14  ...  28  ...  48  ...  8 + 2d
    coordinate   12  14  16  18  ...  32  ...  52  ...  12 + 2d
    value        99 109 119 129  ... 199  ... 299  ...  99 + 10d (values drawn from [1, value])

More segments mean more ranges to compare and more overlaps to add up; wider coordinates make the
slope comparisons finer. The format example 0 is never the answer (every segment can be hit and
values are positive). Values grow with the level too, so totals stay spread out: no total is
right on more than about 2% of the seeds at any audited level (60 as the top value gave 3.5%).
"""

from __future__ import annotations

from fractions import Fraction

from rlve_gym import Environment
from rlve_gym.answers import parse_int


def heaviest_ray(segments: list[list[int]], values: list[int]) -> int:
    events = []  # (slope, 0 for a range opening / 1 for a range closing, value)
    for (x1, y1, x2, y2), value in zip(segments, values, strict=True):
        a, b = Fraction(y1, x1), Fraction(y2, x2)
        events.append((min(a, b), 0, value))
        events.append((max(a, b), 1, value))
    events.sort()
    best = running = 0
    for _, closing, value in events:
        running += -value if closing else value
        best = max(best, running)
    return best


class RayFromOriginMaxSegmentValue(Environment):
    description = "Largest total value of the segments that a single ray from the origin can hit"
    answer_kind = "single_int"
    answer_example = "0"
    catalog_name = "LASLaser"

    def schedule(self, difficulty):
        return {
            "segments": 8 + 2 * difficulty,
            "coordinate": 12 + 2 * difficulty,
            "value": 99 + 10 * difficulty,
        }

    def generate_instance(self, rng, sizes):
        c = sizes["coordinate"]
        segments = []
        for _ in range(sizes["segments"]):
            x1, y1, x2, y2 = (rng.randint(1, c) for _ in range(4))
            if (x1, y1) == (x2, y2):  # a proper segment: move the second endpoint one step
                x2 = x1 % c + 1
            segments.append([x1, y1, x2, y2])
        values = [rng.randint(1, sizes["value"]) for _ in segments]
        return {"segments": segments, "values": values}

    def solve(self, instance):
        return heaviest_ray(instance["segments"], instance["values"])

    def render(self, instance):
        listed = "\n".join(
            f"segment {i}: from ({x1}, {y1}) to ({x2}, {y2}), value {v}"
            for i, ((x1, y1, x2, y2), v) in enumerate(
                zip(instance["segments"], instance["values"]), start=1
            )
        )
        return (
            f"There are {len(instance['segments'])} line segments in the plane (segments may "
            f"cross or overlap each other):\n{listed}\n\n"
            "A laser at the origin (0, 0) fires one ray: a half-line that starts at the origin "
            "and goes on forever in a direction of your choice (any real direction). The ray hits "
            "a segment if the ray and the segment have at least one point in common (touching an "
            "endpoint counts).\n"
            "What is the largest total value of the segments that a single ray can hit (each hit "
            "segment counts once, with its value)?\n"
            "For example, for the segments from (1, 2) to (2, 1) with value 5, from (3, 3) to "
            "(4, 1) with value 4 and from (1, 5) to (2, 6) with value 7, the ray through (1, 1) "
            "hits the first two (total 9) and no ray hits the third together with another, so "
            "the answer would be 9.\n\n"
            "Answer with a single integer."
        )

    def parse(self, text, instance):
        return parse_int(text, max_digits=6)
