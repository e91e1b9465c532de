"""Pieces shared by the puzzles that reorder the rows and columns of a 0/1 matrix: how a matrix
and an answer (a row order followed by a column order) are shown, read, checked and drawn at
random, and ``MatrixReorderingPuzzle``, the base class that puts them together.

An answer is ``rows + cols`` integers: ``a_1 .. a_rows`` then ``b_1 .. b_cols``, meaning that
row i of the rearranged matrix is row a_i of the given one and column j is column b_j, so the
rearranged matrix is ``C[i][j] = A[a_i][b_j]`` (all 1-based in the text, 0-based in code).
"""

from __future__ import annotations

import random

from rlve_gym import Environment, Verdict
from rlve_gym.answers import parse_int_list
from rlve_gym.sequences import permutation_problem, random_permutation

Matrix = list[list[int]]


def matrix_text(matrix: Matrix) -> str:
    return "\n".join(" ".join(map(str, row)) for row in matrix)


def answer_format(rows: int, cols: int) -> str:
    """The prompt's paragraph on what an answer is, with a tiny example (after the sentence
    that such an order exists)."""
    return (
        "Such an order exists.\n"
        f"Answer with {rows + cols} integers separated by spaces: first a_1 ... a_{rows}, a "
        f"permutation of 1..{rows}, meaning that row i of the rearranged matrix is row a_i of the "
        f"given one; then b_1 ... b_{cols}, a permutation of 1..{cols}, meaning that column j of "
        "the rearranged matrix is column b_j of the given one. For example, for a 3 x 3 matrix "
        "the answer 2 3 1 1 3 2 puts rows 2, 3, 1 in that order and then columns 1, 3, 2 in that "
        "order. If several answers work, any one of them is accepted."
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


class MatrixReorderingPuzzle(Environment):
    """A 0/1 matrix whose rows and columns the solver reorders until the rearranged matrix meets
    a requirement (1s on a diagonal, equality with another matrix, ...).

    Subclasses generate the instance (with a planted answer), state the requirement in
    ``render`` and say how a rearrangement falls short of it (``defect``); reading, checking,
    blind answers and near misses are shared. The identity orders must never be an answer.
    """

    abstract = True
    answer_kind = "int_list"
    multiple_valid_answers = True
    answer_example = "2 3 1 1 3 2"

    def matrix_shape(self, instance) -> tuple[int, int]:
        """(rows, columns) of the matrix that is reordered (default: ``instance["matrix"]``)."""
        matrix = instance["matrix"]
        return len(matrix), len(matrix[0])

    def defect(self, instance, row_order: list[int], col_order: list[int]) -> str | None:
        """Why the matrix rearranged by these valid orders misses the requirement, or None."""
        raise NotImplementedError

    def parse(self, text, instance):
        return parse_orders(text, *self.matrix_shape(instance))

    def check(self, instance, answer, reference):
        row_order, col_order = answer
        why = orders_problem(row_order, col_order, *self.matrix_shape(instance))
        if why:
            return Verdict.wrong(why)
        why = self.defect(instance, row_order, col_order)
        if why:
            return Verdict.wrong(why)
        return Verdict.right()

    def random_answer(self, problem, rng, other):
        return random_orders(rng, *self.matrix_shape(problem.instance))

    def near_misses(self, problem):
        """Malformed answers, the identity orders, and the answer with two rows swapped so that
        the requirement fails (when some swap does that)."""
        rows, cols = self.matrix_shape(problem.instance)
        values = [int(t) for t in problem.answer.split()]
        row_order, col_order = values[:rows], values[rows:]
        misses = order_near_misses(problem.answer, rows, cols)
        misses.append(" ".join(map(str, list(range(1, rows + 1)) + list(range(1, cols + 1)))))
        for i in range(rows):
            for j in range(i + 1, rows):
                swapped = row_order[:]
                swapped[i], swapped[j] = swapped[j], swapped[i]
                if self.defect(problem.instance, swapped, col_order):
                    misses.append(" ".join(map(str, swapped + col_order)))
                    return misses
        return misses
