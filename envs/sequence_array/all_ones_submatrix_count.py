"""AllOnesSubmatrixCount: how many rectangular blocks of a 0/1 matrix consist of ones only.

The solver sees an R x C matrix of 0s and 1s and counts the submatrices - choices of a
contiguous range of rows and a contiguous range of columns, R(R+1)/2 x C(C+1)/2 in all - whose
cells are all 1 (1x1 blocks included). The answer is one integer; only the exact count is
correct.

The reference keeps, per row, the height of the run of ones ending at each cell and, with a
monotone stack, the number of all-ones blocks whose bottom-right corner is that cell: O(R * C).

Each matrix has its own density of ones, drawn from [0.5, 0.9], so counts range from sparse
(mostly single cells) to dense (large blocks).

Difficulty schedule (R and C each drawn from [S - S // 3, S]):

    d      0   1   2   3  ...  10  ...  20  ...  d
    S      6   7   7   8  ...  11  ...  16  ...  6 + (d + 1) // 2

Level 0 is 4x4 to 6x6 (on 3x3 matrices the count takes few enough values that a fixed guess
is right on 7% of them, on 4x4 to 5x5 still on 4%); the side grows by one every two levels, and the number of blocks to consider with
its fourth power.
"""

from __future__ import annotations

from rlve_gym import Environment
from rlve_gym.answers import parse_int


def count_all_ones_blocks(rows: list[str]) -> int:
    """Number of all-ones submatrices of a grid given as strings of '0'/'1'."""
    width = len(rows[0])
    heights = [0] * width
    total = 0
    for row in rows:
        for c in range(width):
            heights[c] = heights[c] + 1 if row[c] == "1" else 0
        # ending[c]: all-ones blocks with bottom-right corner at (this row, c)
        ending = [0] * width
        stack: list[int] = []  # columns with strictly increasing heights
        for c in range(width):
            while stack and heights[stack[-1]] >= heights[c]:
                stack.pop()
            if stack:
                left = stack[-1]
                ending[c] = ending[left] + heights[c] * (c - left)
            else:
                ending[c] = heights[c] * (c + 1)
            stack.append(c)
            total += ending[c]
    return total


class AllOnesSubmatrixCount(Environment):
    description = "The number of submatrices of a 0/1 matrix whose entries are all 1"
    answer_kind = "single_int"
    answer_example = "-3"
    catalog_name = "UndamagedSubmatrixCounting"

    def schedule(self, difficulty):
        return {"max_side": 6 + (difficulty + 1) // 2}

    def generate_instance(self, rng, sizes):
        side = sizes["max_side"]
        height, width = (rng.randint(side - side // 3, side) for _ in range(2))
        density = rng.uniform(0.5, 0.9)
        rows = [
            "".join("1" if rng.random() < density else "0" for _ in range(width))
            for _ in range(height)
        ]
        return {"rows": rows}

    def solve(self, instance):
        return count_all_ones_blocks(instance["rows"])

    def render(self, instance):
        rows = instance["rows"]
        shown = "\n".join(" ".join(row) for row in rows)
        return (
            f"A matrix of 0s and 1s with {len(rows)} rows and {len(rows[0])} columns (one row "
            f"per line):\n{shown}\n\n"
            "A submatrix is obtained by choosing a range of consecutive rows and a range of "
            "consecutive columns and taking the cells where they cross; every single cell is a "
            "submatrix too, and two submatrices are different if their row ranges or column "
            "ranges differ. Count the submatrices in which every cell is 1.\n"
            "Answer with the count, a single integer. For example, the matrix with rows 1 1 and "
            "0 1 has 5 such submatrices (three single cells, the top row and the right column)."
        )

    def parse(self, text, instance):
        return parse_int(text, max_digits=30)
