"""NonDegenerateLatticeTriangleCount: count triangles of positive area on a rectangular lattice.

The lattice holds the (N + 1) * (M + 1) points (x, y) with integers 0 <= x <= N and 0 <= y <= M.
The solver counts the unordered triples of lattice points that are not on one line (triangles of
positive area). There is one right answer: C(T, 3) minus the collinear triples, where T is the
number of points and a pair of points whose differences are (a, b) has gcd(a, b) - 1 lattice
points strictly between them, each making one collinear triple with the pair. The reference sums
that over all difference vectors (numpy gcd table, O(N * M)).

Difficulty schedule (N and M drawn independently and uniformly from [low, high]):

    d        0   1   2   3  ...  10  ...  20  ...  d
    low      2   3   4   5  ...  12  ...  22  ...  2 + d
    high    24  26  28  30  ...  44  ...  64  ...  24 + 2d

The instance is only two numbers, so level 0 already draws them from a wide range: with both in
[2, 24] there are 529 distinct grids (about 166 distinct prompts in 200 seeds, and no count
repeats often enough to be a useful constant guess). Larger grids mean many more difference
vectors, and gcds, to account for; the answer grows like (N * M)^3. The format example 0 is never
the answer.
"""

from __future__ import annotations

from math import comb

import numpy as np

from rlve_gym import Environment
from rlve_gym.answers import parse_int


def collinear_triples(width: int, height: int) -> int:
    """Unordered collinear triples in the lattice [0, width] x [0, height]."""
    a = np.arange(width + 1, dtype=np.int64)
    b = np.arange(height + 1, dtype=np.int64)
    pairs = np.multiply.outer(width + 1 - a, height + 1 - b)  # placements of a difference (a, b)
    pairs[1:, 1:] *= 2  # (a, b) and (a, -b) are different directions
    between = np.gcd.outer(a, b) - 1  # lattice points strictly inside the segment
    between[0, 0] = 0
    return int((pairs * between).sum())


def non_degenerate_triangles(width: int, height: int) -> int:
    points = (width + 1) * (height + 1)
    return comb(points, 3) - collinear_triples(width, height)


class NonDegenerateLatticeTriangleCount(Environment):
    description = "Number of triangles of positive area with corners on an (N+1) x (M+1) lattice"
    answer_kind = "single_int"
    answer_example = "0"
    catalog_name = "GridTriangleCounting"

    def schedule(self, difficulty):
        return {"low": 2 + difficulty, "high": 24 + 2 * difficulty}

    def generate_instance(self, rng, sizes):
        return {
            "width": rng.randint(sizes["low"], sizes["high"]),
            "height": rng.randint(sizes["low"], sizes["high"]),
        }

    def solve(self, instance):
        return non_degenerate_triangles(instance["width"], instance["height"])

    def render(self, instance):
        n, m = instance["width"], instance["height"]
        return (
            f"Consider the {(n + 1) * (m + 1)} lattice points (x, y) with integer coordinates "
            f"0 <= x <= {n} and 0 <= y <= {m} (a grid of {n + 1} columns by {m + 1} rows of "
            "points).\n"
            "How many triangles of positive area have all three corners among these points? A "
            "triangle is an unordered set of 3 distinct points that do not all lie on one straight "
            "line; triangles with the same corners are counted once.\n"
            "For example, for 0 <= x <= 1 and 0 <= y <= 1 (4 points) the answer would be 4, and "
            "for 0 <= x <= 2 and 0 <= y <= 1 (6 points) it would be 18: of the 20 triples, only "
            "the two rows of 3 points are on a line.\n\n"
            "Answer with a single integer."
        )

    def parse(self, text, instance):
        return parse_int(text, max_digits=40)
