"""ClearSymmetricMatrixSize: the smallest side n of a 0/1 matrix that is clear (no two ones share
a side), symmetric under both the horizontal and the vertical reflection, and has exactly x ones.

For even n the two middle rows mirror each other, so a one there would touch its reflection:
even sides are never better than the odd side below them. For odd n = 2k + 1, a chessboard
pattern of the quarter reaches (n^2 + 1) / 2 ones, and every count from 1 up to that maximum is
reachable by removing symmetric orbits (sizes 4, 2 and 1), with one exception: x = 3 needs
n = 5, because at n = 3 the orbits have sizes 1, 2 (not both usable with the centre) and 4.
So the answer is the smallest odd n with (n^2 + 1) / 2 >= x, except 5 for x = 3.

Difficulty schedule (x from [2, max_x]; x = 1 would give the trivial n = 1): the generator
draws an odd side n uniformly from 3 up to the answer for max_x, then x uniformly among the
counts whose answer is n (a uniform x would put most seeds on the largest side):

    d          0      1      2      3      5      10      20          d
    max_x   8575  12800  18225  25000  43200  122825  492075   25 * (d + 7)^3
    sides     65     80     95    112    147     248     496   odd sides from 3 up

The answer grows like sqrt(2x), and it is one of the odd sides, so a level needs many sides for
no side to be a good blind guess: with x <= 25 (sides 3, 5, 7) one answer was right on 44% of
the seeds, and with x <= 1600 still on 6.5%. Level 0 starts at x <= 8575 (65 sides). The format
example is even, so never the answer.
"""

from __future__ import annotations

import math

from rlve_gym import Environment


def smallest_clear_symmetric_side(x: int) -> int:
    """The smallest n admitting a clear, doubly symmetric n x n 0/1 matrix with x ones (x >= 1)."""
    if x == 3:
        return 5
    n = math.isqrt(2 * x - 1)
    if n * n < 2 * x - 1:
        n += 1  # now n is the smallest integer with n^2 >= 2x - 1
    return n if n % 2 else n + 1


class ClearSymmetricMatrixSize(Environment):
    description = "Smallest side of a clear, doubly symmetric 0/1 matrix with exactly x ones"
    answer_kind = "single_int"
    answer_example = "4"
    catalog_name = "ClearSymmetry"

    def schedule(self, difficulty):
        return {"max_x": 25 * (difficulty + 7) ** 3}

    def generate_instance(self, rng, sizes):
        top = sizes["max_x"]
        side = rng.randrange(3, smallest_clear_symmetric_side(top) + 1, 2)
        low = max(2, ((side - 2) ** 2 + 1) // 2 + 1)  # the counts whose smallest odd side is `side`
        return {"x": rng.randint(low, min(top, (side * side + 1) // 2))}

    def solve(self, instance):
        return smallest_clear_symmetric_side(instance["x"])

    def render(self, instance):
        x = instance["x"]
        return (
            "Consider square matrices A with n rows and n columns whose entries are 0 or 1; rows "
            "and columns are numbered 1 to n and A(i, j) is the entry in row i, column j.\n"
            "- A is clear if no two cells containing 1 share a side (diagonal neighbours are allowed).\n"
            "- A is symmetric if it equals both its horizontal and its vertical mirror image: "
            "A(i, j) = A(n + 1 - i, j) and A(i, j) = A(i, n + 1 - j) for all i, j.\n"
            "- The sharpness of A is its number of ones.\n"
            f"Find the smallest positive integer n for which a clear symmetric n x n matrix with "
            f"sharpness exactly {x} exists.\n"
            "Answer with n only, e.g. 4."
        )
