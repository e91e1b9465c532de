"""RowColumnPermutationBetweenMatrices: reorder the rows and columns of a 0/1 matrix A so that
it becomes a given matrix B.

B is A with its rows and columns shuffled by hidden random permutations (and differs from A, so
"change nothing" is never right). The answer is a row order a and a column order b with
A[a_i][b_j] = B[i][j] for every cell; when A has repeated rows or columns several answers work,
and any of them is accepted (the checker compares the rearranged A with B cell by cell). Scores
are binary. Finding such orders is an isomorphism problem with no known polynomial algorithm in
general, so the reference answer is the planted one; the tests check the checker against every
pair of orders on small matrices.

Entries are 1 with probability 1/2, so rows and columns are mostly told apart by their numbers
of 1s and by the patterns they share, and a random pair of orders is right with probability
about 1 / (rows! cols!).

Difficulty schedule (rows and columns grow alternately):

    d        0   1   2   3  ...  10  ...  20  ...  d
    rows     5   5   6   6  ...  10  ...  15  ...  5 + d // 2
    cols     5   6   6   7  ...  10  ...  15  ...  5 + (d + 1) // 2

Level 0 is 5 x 5: smaller matrices have many repeated rows and columns and few orders to try.
"""

from __future__ import annotations

from rlve_gym.envs.linear_algebra._matrix_permutation import (
    Matrix,
    MatrixReorderingPuzzle,
    answer_format,
    matrix_text,
    rearranged,
)
from rlve_gym.sequences import random_permutation

FIRST_SIZE = 5
REDRAWS = 20


def mismatches(a: Matrix, b: Matrix, row_order: list[int], col_order: list[int]) -> int:
    """Cells where A rearranged by the orders differs from B."""
    moved = rearranged(a, row_order, col_order)
    return sum(x != y for row_m, row_b in zip(moved, b) for x, y in zip(row_m, row_b))


class RowColumnPermutationBetweenMatrices(MatrixReorderingPuzzle):
    description = "Row and column orders that turn one 0/1 matrix into another"
    catalog_name = "MatrixPermutationEquivalence"

    def schedule(self, difficulty):
        return {"rows": FIRST_SIZE + difficulty // 2, "cols": FIRST_SIZE + (difficulty + 1) // 2}

    def generate_instance(self, rng, sizes):
        rows, cols = sizes["rows"], sizes["cols"]
        for _ in range(REDRAWS):
            a = [[rng.randint(0, 1) for _ in range(cols)] for _ in range(rows)]
            row_order, col_order = random_permutation(rng, rows), random_permutation(rng, cols)
            b = rearranged(a, row_order, col_order)
            if a != b:
                break
        else:  # (practically never reached) a single 1 moved off its place
            a = [[0] * cols for _ in range(rows)]
            a[0][0] = 1
            row_order = list(range(2, rows + 1)) + [1]
            col_order = list(range(1, cols + 1))
            b = rearranged(a, row_order, col_order)
        return {"a": a, "b": b, "planted": row_order + col_order}

    def solve(self, instance):
        return instance["planted"]

    def render(self, instance):
        a, b = instance["a"], instance["b"]
        rows, cols = len(a), len(a[0])
        return (
            f"Here are two {rows} x {cols} matrices of 0s and 1s (rows and columns numbered "
            f"from 1).\nMatrix A:\n{matrix_text(a)}\n\nMatrix B:\n{matrix_text(b)}\n\n"
            "Reorder the rows and the columns of A so that the rearranged matrix is exactly B. "
            f"{answer_format(rows, cols)}"
        )

    def matrix_shape(self, instance):
        a = instance["a"]
        return len(a), len(a[0])

    def defect(self, instance, row_order, col_order):
        wrong = mismatches(instance["a"], instance["b"], row_order, col_order)
        if wrong:
            return f"the rearranged A differs from B in {wrong} cells"
        return None
