"""LargestConvexSubset: the most points that can be chosen in convex position.

The solver sees N distinct lattice points and picks as many of them as possible such that every
chosen point is a corner of the convex hull of the chosen set (no chosen point inside the hull
or on one of its sides: the chosen points are the vertices of a strictly convex polygon). At
least 3 points must be chosen. Every largest such set is accepted, in any order (the checker
builds the convex hull of the chosen points, counts its corners, and compares the size with the
optimum stored at generation); there are usually many.

Reference (O(N^4) worst case, Numba): for each point p taken as the polygon's lowest (then
leftmost) corner, the other corners all lie in the half-plane above p at strictly increasing
angles around it. Sort the points above p by angle; best[i][j] is the most corners of a convex
chain p -> ... -> i -> j turning left at every step; extend it by k when i -> j -> k turns left
and k lies at a larger angle than j; close it when j -> k -> p turns left too.

Difficulty schedule (points drawn distinct from [-coordinate, coordinate]^2):

    d             0   1   2   3  ...  10  ...  20  ...  d
    points       13  14  15  16  ...  23  ...  33  ...  13 + d
    coordinate   10  12  14  16  ...  30  ...  50  ...  10 + 2d

Level 0 has 13 points: with 9, optimal sets are so many that one fixed set of six point numbers
was right on 6% of the seeds, with 11 still 4%. More points mean exponentially more subsets to consider by hand and larger optimal
polygons (they grow slowly, roughly like the cube root of N); collinear triples occur and must
be avoided. Answers are binary (a smaller convex set earns nothing).
"""

from __future__ import annotations

import numpy as np
from numba import njit

from rlve_gym import Environment, Verdict
from rlve_gym.answers import parse_int_list
from rlve_gym.envs.geometry.convex_hull_double_area import convex_hull


@njit(cache=True)
def _turn(ax, ay, bx, by, cx, cy):
    return (bx - ax) * (cy - ay) - (by - ay) * (cx - ax)


@njit(cache=True)
def _largest_convex_kernel(xs, ys):
    """(size, corner indices padded with -1) of one largest subset in convex position."""
    n = xs.shape[0]
    best_size = 0
    best_chain = np.full(n, -1, np.int64)
    above = np.empty(n, np.int64)
    best = np.zeros((n + 1, n), np.int64)  # row m stands for the base point p
    parent = np.full((n + 1, n), -1, np.int64)
    for p in range(n):
        px, py = xs[p], ys[p]
        m = 0
        for q in range(n):
            if ys[q] > py or (ys[q] == py and xs[q] > px):
                above[m] = q
                m += 1
        # insertion sort by angle around p (all within [0, pi)), nearer first on ties
        for a in range(1, m):
            q = above[a]
            b = a - 1
            while b >= 0:
                r = above[b]
                t = _turn(px, py, xs[r], ys[r], xs[q], ys[q])
                closer = (xs[q] - px) ** 2 + (ys[q] - py) ** 2 < (xs[r] - px) ** 2 + (
                    ys[r] - py
                ) ** 2
                if t < 0 or (t == 0 and closer):
                    above[b + 1] = r
                    b -= 1
                else:
                    break
            above[b + 1] = q
        for a in range(m + 1):
            for b in range(m):
                best[a, b] = 0
                parent[a, b] = -1
        for j in range(m):
            best[m, j] = 2  # the chain p -> j
        for j in range(m):
            jx, jy = xs[above[j]], ys[above[j]]
            for k in range(j + 1, m):
                kx, ky = xs[above[k]], ys[above[k]]
                if _turn(px, py, jx, jy, kx, ky) <= 0:
                    continue  # k must lie at a strictly larger angle than j
                value, via = 0, -1
                for i in range(m + 1):  # i = m is the base point
                    if best[i, j] == 0:
                        continue
                    ix, iy = (px, py) if i == m else (xs[above[i]], ys[above[i]])
                    if _turn(ix, iy, jx, jy, kx, ky) > 0 and best[i, j] + 1 > value:
                        value, via = best[i, j] + 1, i
                if value > 0:
                    best[j, k], parent[j, k] = value, via
                    if value > best_size and _turn(jx, jy, kx, ky, px, py) > 0:
                        best_size = value
                        best_chain[:] = -1
                        best_chain[0], best_chain[1] = above[k], above[j]
                        count, a, b = 2, j, k
                        while True:
                            i = parent[a, b]
                            if i == m:
                                break
                            best_chain[count] = above[i]
                            count += 1
                            a, b = i, a
                        best_chain[count] = p
    return best_size, best_chain


def largest_convex_subset(points: list[list[int]]) -> list[int]:
    """0-based indices of one largest subset in convex position (sorted); [] if there is none."""
    xy = np.asarray(points, dtype=np.int64)
    size, chain = _largest_convex_kernel(xy[:, 0].copy(), xy[:, 1].copy())
    return sorted(int(i) for i in chain[:size])


def corners_in_convex_position(points: list[list[int]]) -> bool:
    return len(points) >= 3 and len(convex_hull(points)) == len(points)


class LargestConvexSubset(Environment):
    description = (
        "Largest subset of the given points whose points are all corners of its convex hull"
    )
    answer_kind = "int_list"
    multiple_valid_answers = True
    answer_example = "1 2 3"
    catalog_name = "LargestConvexPolygon"

    def schedule(self, difficulty):
        return {"points": 13 + difficulty, "coordinate": 10 + 2 * difficulty}

    def generate_instance(self, rng, sizes):
        c = sizes["coordinate"]
        span = 2 * c + 1
        cells = rng.sample(range(span * span), sizes["points"])
        points = [[cell % span - c, cell // span - c] for cell in cells]
        size = len(largest_convex_subset(points))
        if size < 3:  # all points on one line: put three box corners (a triangle) first
            corners = [[-c, -c], [c, -c], [-c, c]]
            points = corners + [p for p in points if p not in corners][: len(points) - 3]
            size = len(largest_convex_subset(points))
        return {"points": points, "best_size": size}

    def solve(self, instance):
        return [i + 1 for i in largest_convex_subset(instance["points"])]

    def render(self, instance):
        listed = "\n".join(
            f"point {i}: ({x}, {y})" for i, (x, y) in enumerate(instance["points"], start=1)
        )
        return (
            f"Here are {len(instance['points'])} distinct points with integer coordinates:\n"
            f"{listed}\n\n"
            "Choose as many of these points as possible such that the chosen points are the "
            "corners of a convex polygon: every chosen point must be a corner of the convex hull "
            "of the chosen points (the smallest convex polygon containing them), so no chosen "
            "point may lie inside that hull or on one of its sides, and no three chosen points "
            "may lie on one straight line. Choose at least 3 points.\n"
            "Answer with the numbers of the chosen points separated by spaces, in any order "
            "(for example, 2 4 5 7). If several sets of the largest size exist, any one of them "
            "is accepted."
        )

    def parse(self, text, instance):
        return parse_int_list(text, max_items=len(instance["points"]) + 1, max_digits=6)

    def check(self, instance, answer, reference):
        n = len(instance["points"])
        if any(not 1 <= i <= n for i in answer):
            return Verdict.wrong(f"point numbers must be between 1 and {n}")
        if len(set(answer)) != len(answer):
            return Verdict.wrong("a point is chosen more than once")
        if len(answer) < 3:
            return Verdict.wrong("choose at least 3 points")
        if not corners_in_convex_position([instance["points"][i - 1] for i in answer]):
            return Verdict.wrong("some chosen point is not a corner of the chosen points' hull")
        if len(answer) != instance["best_size"]:
            return Verdict.wrong(f"a convex set of {len(answer)} points, but not the largest")
        return Verdict.right()

    def random_answer(self, problem, rng, other):
        n = len(problem.instance["points"])
        return " ".join(map(str, rng.sample(range(1, n + 1), rng.randint(3, n))))

    def near_misses(self, problem):
        chosen = [int(t) for t in problem.answer.split()]
        n = len(problem.instance["points"])
        outside = [i for i in range(1, n + 1) if i not in chosen]
        misses = [
            " ".join(map(str, chosen[:-1])),  # convex, one point fewer
            " ".join(map(str, chosen + chosen[:1])),  # a point twice
            " ".join(map(str, chosen + [n + 1])),  # no such point
        ]
        if outside:  # adding any point to a largest convex set breaks convexity
            misses.append(" ".join(map(str, chosen + outside[:1])))
        return misses
