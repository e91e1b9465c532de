"""AllOnesBothDiagonalsByPermutation: reorder the rows and columns of a square 0/1 matrix of odd
size so that both diagonals of the result consist of 1s.

After rows are put in the order a_1..a_n and columns in the order b_1..b_n, entry (i, j) is
A[a_i][b_j]; the main diagonal is (i, i) and the anti-diagonal is (i, n + 1 - i). Any answer
that makes all 2n - 1 diagonal entries 1 is correct (the checker reads them off). Scores are
binary. The puzzle amounts to pairing rows i and n + 1 - i with columns i and n + 1 - i so that
each such 2 x 2 block is all 1s, and giving the middle row and column a 1 where they cross: a
search with no known shortcut in general, so the reference answer is the planted one, and the
tests check the checker against every pair of orders on small matrices.

The matrix plants random orders a, b (the 2n - 1 diagonal cells of the rearranged matrix are 1)
and sets every other entry to 1 with probability 0.3; matrices whose own diagonals are already
all 1s are redrawn, so the identity answer is never right. A random answer succeeds with
probability far below 1%.

Difficulty schedule (odd sizes, one step every two levels):

    d       0   1   2   3  ...  10  ...  20  ...  d
    n       5   5   7   7  ...  15  ...  25  ...  5 + 2 (d // 2)

Level 0 is 5 x 5 (3 x 3 has too few distinct rearrangements to be a real search).
"""

from __future__ import annotations

from rlve_gym.envs.linear_algebra._matrix_permutation import (
    MatrixReorderingPuzzle,
    answer_format,
    matrix_text,
)
from rlve_gym.sequences import random_permutation

FIRST_SIZE = 5
EXTRA_ONES = 0.3
REDRAWS = 20


def diagonal_zeros(matrix, row_order, col_order) -> list[tuple[int, int]]:
    """Cells (i, j), 1-based, of the two diagonals of the rearranged matrix that hold 0."""
    n = len(matrix)
    zeros = []
    for i in range(1, n + 1):
        for j in sorted({i, n + 1 - i}):
            if not matrix[row_order[i - 1] - 1][col_order[j - 1] - 1]:
                zeros.append((i, j))
    return zeros


class AllOnesBothDiagonalsByPermutation(MatrixReorderingPuzzle):
    description = "Row and column orders of an odd-size 0/1 matrix that put 1s on both diagonals"
    catalog_name = "MatrixPermutation_BothDiagonalOne"

    def schedule(self, difficulty):
        return {"n": FIRST_SIZE + 2 * (difficulty // 2)}

    def generate_instance(self, rng, sizes):
        n = sizes["n"]
        identity = list(range(1, n + 1))
        for attempt in range(REDRAWS + 1):
            matrix = [[1 if rng.random() < EXTRA_ONES else 0 for _ in range(n)] for _ in range(n)]
            rows, cols = random_permutation(rng, n), random_permutation(rng, n)
            if attempt == REDRAWS:  # (practically never reached) no noise, rows shifted by one:
                # row i + 1 then holds 1s in columns i and n + 1 - i only, never in i + 1 (n odd)
                matrix = [[0] * n for _ in range(n)]
                rows, cols = identity[1:] + identity[:1], identity
            for i in range(n):
                matrix[rows[i] - 1][cols[i] - 1] = 1
                matrix[rows[i] - 1][cols[n - 1 - i] - 1] = 1
            if diagonal_zeros(matrix, identity, identity):
                break
        return {"matrix": matrix, "planted": rows + cols}

    def solve(self, instance):
        return instance["planted"]

    def render(self, instance):
        matrix = instance["matrix"]
        n = len(matrix)
        return (
            f"Here is a {n} x {n} matrix of 0s and 1s (rows and columns numbered from 1):\n"
            f"{matrix_text(matrix)}\n\n"
            "Reorder its rows and its columns so that in the rearranged matrix every entry on "
            f"the main diagonal (row i, column i) and every entry on the anti-diagonal (row i, "
            f"column {n + 1} - i) is 1, for every i from 1 to {n}. {answer_format(n, n)}"
        )

    def defect(self, instance, row_order, col_order):
        zeros = diagonal_zeros(instance["matrix"], row_order, col_order)
        if zeros:
            i, j = zeros[0]
            return f"{len(zeros)} diagonal entries are 0 (the first at row {i}, column {j})"
        return None
