"""AllOnesDiagonalByPermutation: reorder the rows and columns of a square 0/1 matrix so that
every entry of the main diagonal is 1.

Rearranging rows by a_1..a_n and columns by b_1..b_n puts A[a_i][b_i] on the diagonal, so an
answer works exactly when the pairs (row a_i, column b_i) are n cells holding 1 with no two in
the same row or column: a perfect matching of the bipartite graph between rows and columns whose
edges are the 1s. Any such answer is correct; the checker looks at the n diagonal entries.
The reference solver finds a maximum matching by augmenting paths (O(n^3) at worst) and keeps
the rows in their given order. Scores are binary.

The matrix plants a random perfect matching and adds every other 1 with probability 0.35, so
perfect matchings are a tiny share of all pairings (a random answer pairs rows with columns by a
uniformly random bijection and succeeds with probability (number of perfect matchings) / n!,
under 1% at n = 6), and the identity answer is never right (matrices with an all-ones diagonal are redrawn).

Difficulty schedule:

    d       0   1   2   3  ...  10  ...  20  ...  d
    n       6   7   8   9  ...  16  ...  26  ...  6 + d

Level 0 is 6 x 6: smaller matrices have few enough pairings that guesses succeed too often.
"""

from __future__ import annotations

from rlve_gym.envs.linear_algebra._matrix_permutation import (
    MatrixReorderingPuzzle,
    answer_format,
    matrix_text,
)
from rlve_gym.kernels.flows import bipartite_matching
from rlve_gym.sequences import random_permutation

FIRST_SIZE = 6
EXTRA_ONES = 0.35
REDRAWS = 20


class AllOnesDiagonalByPermutation(MatrixReorderingPuzzle):
    description = "Row and column orders of a 0/1 matrix that put a 1 on every main-diagonal entry"
    catalog_name = "MatrixPermutation_MainDiagonalOne"

    def schedule(self, difficulty):
        return {"n": FIRST_SIZE + difficulty}

    def generate_instance(self, rng, sizes):
        n = sizes["n"]
        for _ in range(REDRAWS):
            matrix = [[1 if rng.random() < EXTRA_ONES else 0 for _ in range(n)] for _ in range(n)]
            for row, col in enumerate(random_permutation(rng, n)):
                matrix[row][col - 1] = 1
            if not all(matrix[i][i] for i in range(n)):  # the identity answer must be wrong
                return {"matrix": matrix}
        # (practically never reached) plant the shifted diagonal and empty the main one
        for i in range(n):
            matrix[i][(i + 1) % n] = 1
            matrix[i][i] = 0
        return {"matrix": matrix}

    def solve(self, instance):
        matrix = instance["matrix"]
        n = len(matrix)
        adjacency = [[c for c in range(n) if matrix[r][c]] for r in range(n)]
        match = bipartite_matching(n, n, adjacency)
        return list(range(1, n + 1)) + [c + 1 for c in match]

    def render(self, instance):
        matrix = instance["matrix"]
        n = len(matrix)
        return (
            f"Here is a {n} x {n} matrix of 0s and 1s (rows and columns numbered from 1):\n"
            f"{matrix_text(matrix)}\n\n"
            "Reorder its rows and its columns so that every entry on the main diagonal (row i, "
            f"column i, for every i) of the rearranged matrix is 1. {answer_format(n, n)}"
        )

    def defect(self, instance, row_order, col_order):
        matrix = instance["matrix"]
        zeros = [
            i + 1 for i in range(len(matrix)) if not matrix[row_order[i] - 1][col_order[i] - 1]
        ]
        if zeros:
            return f"{len(zeros)} diagonal entries are 0 (the first in row {zeros[0]})"
        return None
