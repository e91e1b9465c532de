"""SlidingWindowMaxPooling: the K x K max-pooling (stride 1) of an integer matrix.

The solver sees an R x C matrix of non-negative integers and a window size K. Every K x K block
of consecutive rows and columns (there are (R - K + 1) x (C - K + 1) of them, overlapping: the
window moves one cell at a time) is replaced by its largest entry, and the answer is the grid of
these maxima in block order (block (i, j) starts at row i and column j). The answer is unique and
the checker compares every cell; only the complete grid counts (no partial credit: copying the
top-left part of the input already gets many cells of a pooled grid right). The result always
has at least 3 rows and 3 columns (K <= min(R, C) - 2), so the 2 x 2 example answer never fits.

Difficulty schedule (entries uniform in [0, max_value]; K uniform in [2, max(2, min(R, C) - 2)]):

    d            0   1   2   3   4  ...  10  ...  20  ...  d
    rows         4   4   5   5   6  ...   9  ...  14  ...  4 + d // 2
    cols         4   5   5   6   6  ...   9  ...  14  ...  4 + (d + 1) // 2
    max_value   30  35  40  45  50  ...  80  ... 130  ...  30 + 5d

Level 0 is a 4 x 4 matrix with a 2 x 2 window (nine maxima of four numbers each): small, but
nine cells must all be right. One side grows every level, so the number of windows and (through
K) the number of entries per window grow with the area; values get longer slowly.
"""

from __future__ import annotations

from rlve_gym import Environment, Verdict
from rlve_gym.answers import parse_grid
from rlve_gym.grids import differing_cells


def max_pool(matrix: list[list[int]], window: int) -> list[list[int]]:
    """Maxima of all ``window`` x ``window`` blocks (stride 1): row-wise sliding maxima first,
    then column-wise maxima of those, O(R * C * K)."""
    rows, cols = len(matrix), len(matrix[0])
    across = [[max(row[j : j + window]) for j in range(cols - window + 1)] for row in matrix]
    return [
        [max(across[i + k][j] for k in range(window)) for j in range(cols - window + 1)]
        for i in range(rows - window + 1)
    ]


class SlidingWindowMaxPooling(Environment):
    description = "Grid of the maxima of every K x K window (stride 1) of an integer matrix"
    answer_kind = "grid"
    answer_example = "7 9\n8 9"
    catalog_name = "MatrixPooling"

    def schedule(self, difficulty):
        return {
            "rows": 4 + difficulty // 2,
            "cols": 4 + (difficulty + 1) // 2,
            "max_value": 30 + 5 * difficulty,
        }

    def generate_instance(self, rng, sizes):
        rows, cols, top = sizes["rows"], sizes["cols"], sizes["max_value"]
        window = rng.randint(2, max(2, min(rows, cols) - 2))
        matrix = [[rng.randint(0, top) for _ in range(cols)] for _ in range(rows)]
        return {"matrix": matrix, "window": window}

    def solve(self, instance):
        return max_pool(instance["matrix"], instance["window"])

    def format_answer(self, answer):
        return "\n".join(" ".join(map(str, row)) for row in answer)

    def _out_shape(self, instance):
        matrix, window = instance["matrix"], instance["window"]
        return len(matrix) - window + 1, len(matrix[0]) - window + 1

    def render(self, instance):
        matrix, window = instance["matrix"], instance["window"]
        rows, cols = len(matrix), len(matrix[0])
        out_rows, out_cols = self._out_shape(instance)
        body = "\n".join(" ".join(map(str, row)) for row in matrix)
        return (
            f"Here is a matrix with {rows} rows and {cols} columns (rows are numbered 1 to {rows} "
            f"from the top, columns 1 to {cols} from the left):\n{body}\n\n"
            f"Apply max pooling with a {window} x {window} window and stride 1: for every block of "
            f"{window} consecutive rows and {window} consecutive columns, take the largest entry of "
            f"the block. The window moves one cell at a time, so blocks overlap. The block whose "
            f"top-left cell is in row i and column j gives the entry in row i and column j of the "
            f"result, which therefore has {out_rows} rows and {out_cols} columns.\n"
            "For example, pooling the 2 x 3 matrix with rows '1 5 2' and '4 0 3' with a 2 x 2 "
            "window gives the single row '5 5'.\n"
            f"Answer with the {out_rows} x {out_cols} result: one line per row, the integers of a "
            "row separated by spaces."
        )

    def parse(self, text, instance):
        out_rows, out_cols = self._out_shape(instance)
        return parse_grid(text, out_rows, out_cols, max_digits=12)

    def check(self, instance, answer, reference):
        expected = reference if reference is not None else self.solve(instance)
        wrong = differing_cells(answer, expected)
        if not wrong:
            return Verdict.right()
        total = len(expected) * len(expected[0])
        return Verdict.wrong(f"{wrong} of the {total} cells are wrong")
