"""MatrixSpiralOrder: read the entries of a matrix in clockwise spiral order.

The solver sees an R x C matrix of integers and answers with all R * C entries in clockwise
spiral order: the first row left to right, then the last column top to bottom, the last row right
to left, the first column bottom to top, and so on inwards ring by ring until every entry is read
once. The sequence is unique, so exactly one answer is correct; there is no partial credit.

Entries are random two-digit numbers 10..99 (repeats allowed), so an entry's value never hints at
its position and a shuffled or row-by-row reading is wrong. R and C are drawn independently, so
most matrices are not square and the innermost ring is a single row or column of varying length
- the case where spiral readings usually go wrong.

Difficulty schedule (R and C each drawn from [S - S // 3, S]):

    d      0   1   2   3   4  ...  10  ...  20  ...  100  ...  d
    S      3   4   4   5   5  ...   8  ...  13  ...   53  ...  3 + (d + 1) // 2

Level 0 is 2x2 to 3x3 (two turns at least); the side grows by one every two levels, so the
number of rings and turns grows with it. The matrix has at most S^2 entries (169 at level 20,
2,809 at level 100, whose answer stays under 9,000 characters).
"""

from __future__ import annotations

from rlve_gym import Environment

from ._int_lists import list_verdict, parse_values, shuffled_or_other


def spiral_order(matrix: list[list[int]]) -> list[int]:
    """Entries of ``matrix`` clockwise from the top-left corner, ring by ring inwards."""
    top, bottom, left, right = 0, len(matrix) - 1, 0, len(matrix[0]) - 1
    order = []
    while top <= bottom and left <= right:
        order.extend(matrix[top][c] for c in range(left, right + 1))
        order.extend(matrix[r][right] for r in range(top + 1, bottom + 1))
        if top < bottom and left < right:
            order.extend(matrix[bottom][c] for c in range(right - 1, left - 1, -1))
            order.extend(matrix[r][left] for r in range(bottom - 1, top, -1))
        top, bottom, left, right = top + 1, bottom - 1, left + 1, right - 1
    return order


class MatrixSpiralOrder(Environment):
    description = "The entries of a matrix in clockwise spiral order from the top-left corner"
    answer_kind = "int_list"
    answer_example = "1 2 4 3"
    catalog_name = "SpiralMatrix"
    max_answer_chars = 100_000

    def schedule(self, difficulty):
        return {"max_side": 3 + (difficulty + 1) // 2}

    def generate_instance(self, rng, sizes):
        side = sizes["max_side"]
        rows, cols = (rng.randint(side - side // 3, side) for _ in range(2))
        return {"matrix": [[rng.randint(10, 99) for _ in range(cols)] for _ in range(rows)]}

    def solve(self, instance):
        return spiral_order(instance["matrix"])

    def render(self, instance):
        matrix = instance["matrix"]
        rows, cols = len(matrix), len(matrix[0])
        shown = "\n".join(" ".join(map(str, row)) for row in matrix)
        return (
            f"A matrix with {rows} rows and {cols} columns (one row per line):\n{shown}\n\n"
            "List all its entries in clockwise spiral order: start at the top-left corner and "
            "read the first row from left to right, then go down the last column, then read the "
            "last row from right to left, then go up the first column; then continue in the same "
            "way with the matrix that remains inside (without the outer ring), and so on, until "
            "every entry has been listed exactly once.\n"
            f"Answer with the {rows * cols} entries in that order, separated by spaces. For "
            "example, the matrix with rows 1 2 and 3 4 gives 1 2 4 3."
        )

    def parse(self, text, instance):
        matrix = instance["matrix"]
        return parse_values(text, len(matrix) * len(matrix[0]))

    def check(self, instance, answer, reference):
        return list_verdict(
            answer,
            reference,
            wrong_count="expected all {want} entries of the matrix, got {got}",
            wrong_entry="entry number {position} of the spiral is wrong",
        )

    def random_answer(self, problem, rng, other):
        """Another seed's answer, or this matrix's entries read in a random order."""
        entries = [v for row in problem.instance["matrix"] for v in row]
        return shuffled_or_other(rng, entries, other)
