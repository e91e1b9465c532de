"""LargestRectangleFromPoints: four of the given points forming the largest rectangle.

The solver sees N distinct lattice points and picks four of them that are the corners of a
rectangle (any orientation, positive area; squares count) with the largest possible area. Every
rectangle of the largest area is accepted, its corners named in any order (the checker tests that
the four points are a rectangle - for some split into two pairs, the pairs share their midpoint
and have equal lengths - and compares the area with the optimum stored at generation).

The reference groups all pairs of points by (sum of the two points, squared distance), sorting
the pairs with numpy: two pairs in one group are the diagonals of a rectangle, of area
|d1 x d2| / 2 (an integer: it equals |s1 x s2| for the rectangle's integer side vectors).
O(N^2 log N) for the pairs plus the pairs within each group.

Difficulty schedule (coordinates in [-coordinate, coordinate]; some rectangles planted, tilted
ones included, among random points; random points make further rectangles of their own):

    d             0   1   2   3  ...  10  ...  20  ...  d
    planted       2   2   2   2  ...   4  ...   7  ...  2 + d // 4
    random        4   5   6   7  ...  14  ...  24  ...  4 + d
    coordinate   10  11  12  13  ...  20  ...  30  ...  10 + d

So level 0 has 12 points (a planted rectangle that would not fit the box or would reuse a point
is redrawn, and after 30 failed tries left out). More points mean many more quadruples and more rectangles to compare; the wider box
makes tilted rectangles harder to spot. Answers are binary (a smaller rectangle earns nothing).
The example answer is checked at generation and is never a largest rectangle.
"""

from __future__ import annotations

from math import gcd

import numpy as np

from rlve_gym import Environment, Verdict
from rlve_gym.answers import parse_int_list

#: tries to place one planted rectangle inside the box without touching earlier points
PLANT_TRIES = 30


def rectangle_area(points: list[list[int]]) -> int:
    """Area of the rectangle with these four distinct corners (any order), or 0 if they are not
    the corners of a rectangle."""
    a, b, c, d = points
    for (p, q), (r, s) in (((a, b), (c, d)), ((a, c), (b, d)), ((a, d), (b, c))):
        same_middle = p[0] + q[0] == r[0] + s[0] and p[1] + q[1] == r[1] + s[1]
        d1 = (q[0] - p[0], q[1] - p[1])
        d2 = (s[0] - r[0], s[1] - r[1])
        if same_middle and d1[0] ** 2 + d1[1] ** 2 == d2[0] ** 2 + d2[1] ** 2:
            return abs(d1[0] * d2[1] - d1[1] * d2[0]) // 2
    return 0


def largest_rectangle(points: list[list[int]]) -> tuple[int, list[int]]:
    """(largest area, 0-based indices of one largest rectangle); (0, []) if there is none."""
    xy = np.asarray(points, dtype=np.int64).reshape(-1, 2)
    first, second = np.triu_indices(len(xy), 1)
    sums = xy[first] + xy[second]
    diffs = xy[second] - xy[first]
    lengths = (diffs**2).sum(axis=1)
    order = np.lexsort((lengths, sums[:, 1], sums[:, 0]))
    keys = np.stack([sums[order, 0], sums[order, 1], lengths[order]], axis=1)
    starts = np.flatnonzero(np.r_[True, (keys[1:] != keys[:-1]).any(axis=1), True])
    best, corners = 0, []
    for g in np.flatnonzero(np.diff(starts) >= 2).tolist():
        group = order[starts[g] : starts[g + 1]].tolist()  # pairs sharing midpoint and length
        for k, u in enumerate(group):
            for v in group[k + 1 :]:
                area = abs(int(diffs[u, 0] * diffs[v, 1] - diffs[u, 1] * diffs[v, 0])) // 2
                if area > best:
                    best = area
                    corners = sorted(int(t) for t in (first[u], second[u], first[v], second[v]))
    return best, corners


def plant_rectangle(rng, c: int, taken: set[tuple[int, int]]) -> list[tuple[int, int]] | None:
    """Four corners of a random (often tilted) rectangle inside [-c, c]^2 avoiding ``taken``."""
    for _ in range(PLANT_TRIES):
        p, q = rng.randint(1, c), rng.randint(0, c // 2)
        if rng.random() < 0.4:
            q = 0  # axis-parallel
        g = gcd(p, q)
        t = rng.randint(1, max(1, c // max(p // g, 1)))
        side = (p, q)
        other = (-q // g * t, p // g * t)
        x, y = rng.randint(-c, c), rng.randint(-c, c)
        corners = [
            (x, y),
            (x + side[0], y + side[1]),
            (x + side[0] + other[0], y + side[1] + other[1]),
            (x + other[0], y + other[1]),
        ]
        inside = all(-c <= u <= c and -c <= v <= c for u, v in corners)
        if inside and not any(p in taken for p in corners):
            return corners
    return None


class LargestRectangleFromPoints(Environment):
    description = "Four of the given points that form a rectangle of the largest possible area"
    answer_kind = "int_list"
    multiple_valid_answers = True
    answer_example = "2 5 7 9"
    catalog_name = "LargestRectangle_AmongPoints"

    def schedule(self, difficulty):
        return {
            "planted": 2 + difficulty // 4,
            "random": 4 + difficulty,
            "coordinate": 10 + difficulty,
        }

    def generate_instance(self, rng, sizes):
        c = sizes["coordinate"]
        taken: set[tuple[int, int]] = set()
        for _ in range(sizes["planted"]):
            corners = plant_rectangle(rng, c, taken)
            if corners is not None:
                taken.update(corners)
        if not taken:  # every try failed: a unit square at a free spot (the box is non-empty)
            taken.update({(0, 0), (1, 0), (1, 1), (0, 1)})
        chosen = set(taken)
        while len(chosen) < len(taken) + sizes["random"]:  # the box has room for 10x as many
            chosen.add((rng.randint(-c, c), rng.randint(-c, c)))
        points = [list(p) for p in sorted(taken)] + [list(p) for p in sorted(chosen - taken)]
        rng.shuffle(points)
        best, _ = largest_rectangle(points)
        example = [int(t) - 1 for t in self.answer_example.split()]
        if max(example) < len(points) and rectangle_area([points[i] for i in example]) == best:
            points = points[1:] + points[:1]  # renumber: the example names other points
        return {"points": points, "best_area": best}

    def solve(self, instance):
        return [i + 1 for i in largest_rectangle(instance["points"])[1]]

    def render(self, instance):
        listed = "\n".join(
            f"point {i}: ({x}, {y})" for i, (x, y) in enumerate(instance["points"], start=1)
        )
        return (
            f"Here are {len(instance['points'])} distinct points with integer coordinates:\n"
            f"{listed}\n\n"
            "Choose 4 of these points that are the corners of a rectangle with the largest "
            "possible area. The rectangle may be tilted (its sides need not be horizontal or "
            "vertical) and may be a square; it must have positive area.\n"
            "Answer with the numbers of the 4 chosen points separated by spaces, in any order. "
            "For example, if points 1, 3, 6 and 8 were (0, 0), (2, 1), (1, 3) and (-1, 2), they "
            "would form a tilted square of area 5, answered as 1 3 6 8. If several rectangles "
            "have the largest area, any one of them is accepted."
        )

    def parse(self, text, instance):
        return parse_int_list(text, length=4, max_digits=6)

    def check(self, instance, answer, reference):
        n = len(instance["points"])
        if any(not 1 <= i <= n for i in answer):
            return Verdict.wrong(f"point numbers must be between 1 and {n}")
        if len(set(answer)) != 4:
            return Verdict.wrong("the 4 point numbers must be different")
        area = rectangle_area([instance["points"][i - 1] for i in answer])
        if area == 0:
            return Verdict.wrong("these 4 points are not the corners of a rectangle")
        if area == instance["best_area"]:
            return Verdict.right()
        return Verdict.wrong(f"a rectangle of area {area}, but not the largest")

    def random_answer(self, problem, rng, other):
        return " ".join(map(str, rng.sample(range(1, len(problem.instance["points"]) + 1), 4)))

    def near_misses(self, problem):
        corners = [int(t) for t in problem.answer.split()]
        n = len(problem.instance["points"])
        outside = next(i for i in range(1, n + 1) if i not in corners)
        return [
            " ".join(map(str, corners[:3] + [outside])),  # one corner replaced
            " ".join(map(str, corners[:3] + corners[:1])),  # a corner twice
            " ".join(map(str, corners[:3] + [n + 1])),  # no such point
            " ".join(map(str, corners[:3])),  # three corners
        ]
