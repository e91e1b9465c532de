"""Pieces shared by the puzzles that reorder the rows and columns of a 0/1 matrix: how a matrix
and an answer (a row order followed by a column order) are shown, read, checked and drawn at
random.

An answer is ``rows + cols`` integers: ``a_1 .. a_rows`` then ``b_1 .. b_cols``, meaning that
row i of the rearranged matrix is row a_i of the given one and column j is column b_j, so the
rearranged matrix is ``C[i][j] = A[a_i][b_j]`` (all 1-based in the text, 0-based in code).
"""

from __future__ import annotations

import random

from rlve_gym.answers import parse_int_list
from rlve_gym.sequences import permutation_problem, random_permutation

Matrix = list[list[int]]


def matrix_text(matrix: Matrix) -> str:
    return "\n".join(" ".join(map(str, row)) for row in matrix)


def answer_format(rows: int, cols: int) -> str:
    """The prompt's paragraph on what an answer is, with a tiny example."""
    return (
        f"Answer with {rows + cols} integers separated by spaces: first a_1 ... a_{rows}, a "
        f"permutation of 1..{rows}, meaning that row i of the rearranged matrix is row a_i of the "
        f"given one; then b_1 ... b_{cols}, a permutation of 1..{cols}, meaning that column j of "
        "the rearranged matrix is column b_j of the given one. For example, for a 3 x 3 matrix "
        "the answer 2 3 1 1 3 2 puts rows 2, 3, 1 in that order and then columns 1, 3, 2 in that "
        "order."
    )


def parse_orders(text: str, rows: int, cols: int) -> tuple[list[int], list[int]]:
    """(row order, column order) as 1-based lists; only the count of integers is checked here."""
    values = parse_int_list(text, length=rows + cols, max_digits=6)
    return values[:rows], values[rows:]


def orders_problem(row_order: list[int], col_order: list[int], rows: int, cols: int) -> str | None:
    """Why the answer is not a row permutation followed by a column permutation, or None."""
    why = permutation_problem(row_order, rows)
    if why:
        return f"the row order is not valid: {why}"
    why = permutation_problem(col_order, cols)
    if why:
        return f"the column order is not valid: {why}"
    return None


def rearranged(matrix: Matrix, row_order: list[int], col_order: list[int]) -> Matrix:
    return [[matrix[a - 1][b - 1] for b in col_order] for a in row_order]


def random_orders(rng: random.Random, rows: int, cols: int) -> str:
    """A blind answer: a uniformly random row order and column order."""
    return " ".join(map(str, random_permutation(rng, rows) + random_permutation(rng, cols)))


def order_near_misses(answer: str, rows: int, cols: int) -> list[str]:
    """Malformed versions of a valid answer: a repeated row, a column out of range, one short."""
    values = [int(t) for t in answer.split()]
    misses = [" ".join(map(str, values[:-1]))]
    if rows > 1:
        misses.append(" ".join(map(str, [values[1]] + values[1:])))
    misses.append(" ".join(map(str, values[:-1] + [cols + 1])))
    return misses
