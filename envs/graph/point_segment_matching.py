"""PointSegmentMatching: match points to segments containing them, as many pairs as possible.

P points x_1..x_P and S closed segments [l_j, r_j] lie on a line. A point may be paired with a
segment that contains it; every point and every segment is used at most once. The task is a
maximum matching of this interval bipartite graph. The reference solver is the classical greedy
(points from left to right, each taking the available segment containing it with the smallest
right end), which is optimal; the checker verifies the pairs and compares their number with the
stored maximum, so every maximum matching is accepted.

Difficulty schedule (P points, S segments, coordinates in 0..X):

    d       0    1    2    5   10   20        d
    P       6    7    8   11   16   26        6 + d
    S       6    7    8   11   16   26        6 + d
    X      16   18   20   26   36   56        16 + 2d

Level 0 starts at six points and segments: with three, one fixed matching was maximum on 17%
of the seeds and the prompt's example on a tenth.

Every segment is drawn around one of the points (so at least one pair exists) with a length of
up to a quarter of the range; coordinates spread with the counts, so segments overlap a few
points each. The greedy and the checker are linear-logarithmic.
"""

from __future__ import annotations

import heapq

from rlve_gym import Environment, Verdict
from rlve_gym.graphs import format_edge_pairs, parse_edge_pairs


def greedy_matching(points: list[int], segments: list[list[int]]) -> list[list[int]]:
    """A maximum matching as ``[point index, segment index]`` pairs (0-based)."""
    by_left = sorted(range(len(segments)), key=lambda j: segments[j][0])
    open_segments: list[tuple[int, int]] = []  # (right end, segment) of segments started so far
    pairs, k = [], 0
    for i in sorted(range(len(points)), key=points.__getitem__):
        x = points[i]
        while k < len(by_left) and segments[by_left[k]][0] <= x:
            heapq.heappush(open_segments, (segments[by_left[k]][1], by_left[k]))
            k += 1
        while open_segments and open_segments[0][0] < x:
            heapq.heappop(open_segments)
        if open_segments:
            pairs.append([i, heapq.heappop(open_segments)[1]])
    return pairs


class PointSegmentMatching(Environment):
    description = "A maximum matching of points to segments that contain them"
    answer_kind = "construction_with_checker"
    multiple_valid_answers = True
    answer_example = "1 2, 3 1"
    catalog_name = "MaximumPointSegmentMatching"

    def schedule(self, difficulty):
        return {
            "points": 6 + difficulty,
            "segments": 6 + difficulty,
            "max_coordinate": 16 + 2 * difficulty,
        }

    def generate_instance(self, rng, sizes):
        top = sizes["max_coordinate"]
        points = [rng.randint(0, top) for _ in range(sizes["points"])]
        reach = max(2, top // 8)
        segments = []
        for _ in range(sizes["segments"]):  # each segment is drawn around some point
            x = rng.choice(points)
            segments.append(
                [max(0, x - rng.randint(0, reach)), min(top, x + rng.randint(0, reach))]
            )
        return {
            "points": points,
            "segments": segments,
            "maximum": len(greedy_matching(points, segments)),
        }

    def solve(self, instance):
        return [
            [i + 1, j + 1] for i, j in greedy_matching(instance["points"], instance["segments"])
        ]

    def format_answer(self, answer):
        return format_edge_pairs(answer)

    def render(self, instance):
        points, segments = instance["points"], instance["segments"]
        point_lines = "\n".join(f"point {i + 1}: {x}" for i, x in enumerate(points))
        segment_lines = "\n".join(
            f"segment {j + 1}: [{left}, {right}]" for j, (left, right) in enumerate(segments)
        )
        return (
            f"There are {len(points)} points and {len(segments)} segments on a number line.\n\n"
            f"{point_lines}\n\n{segment_lines}\n\n"
            "A point x may be paired with a segment [l, r] if l <= x <= r (ends included). Each point "
            "and each segment can be in at most one pair. Form as many pairs as possible (any maximum "
            "set of pairs is accepted).\n"
            "Answer with the pairs, each written as 'point_number segment_number', pairs separated by "
            "commas."
        )

    def parse(self, text, instance):
        return parse_edge_pairs(text, max_pairs=len(instance["points"]) + 1)

    def check(self, instance, answer, reference):
        points, segments = instance["points"], instance["segments"]
        used_points, used_segments = set(), set()
        for i, j in answer:
            if not 1 <= i <= len(points):
                return Verdict.wrong(f"there is no point {i}")
            if not 1 <= j <= len(segments):
                return Verdict.wrong(f"there is no segment {j}")
            if i in used_points or j in used_segments:
                return Verdict.wrong(f"point {i} or segment {j} is used in more than one pair")
            used_points.add(i)
            used_segments.add(j)
            left, right = segments[j - 1]
            if not left <= points[i - 1] <= right:
                return Verdict.wrong(f"segment {j} does not contain point {i}")
        if len(answer) != instance["maximum"]:
            return Verdict.wrong(f"a valid set of {len(answer)} pairs, but more pairs are possible")
        return Verdict.right()

    def near_misses(self, problem):
        pairs = parse_edge_pairs(problem.answer, len(problem.instance["points"]) + 1)
        misses = [pairs[:-1], pairs + [pairs[0]]]
        i, j = pairs[0]
        segments = problem.instance["segments"]
        x = problem.instance["points"][i - 1]
        outside = next(
            (k + 1 for k, (left, right) in enumerate(segments) if not left <= x <= right), None
        )
        if outside is not None:
            misses.append([[i, outside]] + pairs[1:])
        return [format_edge_pairs(m) for m in misses]
