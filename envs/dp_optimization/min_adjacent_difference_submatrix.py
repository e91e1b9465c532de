"""MinAdjacentDifferenceSubmatrix: keep R rows and C columns of a matrix so that the kept
submatrix is as smooth as possible.

An N x M matrix of positive integers is given. The solver keeps R of its rows and C of its
columns (in their original order) and looks at the R x C submatrix they cross in; its roughness
is the sum of |x - y| over every pair of horizontally or vertically adjacent cells of that
submatrix. The solver minimises the roughness and answers with the kept row numbers followed by
the kept column numbers. Any choice reaching the optimum is correct; the checker computes the
roughness and compares it with the optimum stored at generation. Scores are binary.

For a fixed set of rows, the columns are a shortest path: the roughness is the sum over kept
columns of their own vertical differences plus, for consecutive kept columns j < i, the
horizontal differences between them, so a dynamic programme "c columns kept, the last one i"
finds the best columns in O(M^2 (R + C)). The reference solver runs it for every set of R rows
(compiled with Numba). The number of row sets grows exponentially, so the row count stops at 10
(at most 252 row sets) and the column count at 40 - the exact solver then stays within about
ten milliseconds - while the entries keep growing with d.

Difficulty schedule (R is drawn from [2, N - 2] and C from [3, M - 2]):

    d            0   1   2   3   4  ...  10  ...  16  ...  20  ...  66  ...  d
    rows         6   6   6   6   7  ...   8  ...  10  ...  10  ...  10  ...  min(6 + d // 4, 10)
    columns      7   7   8   8   9  ...  12  ...  15  ...  17  ...  40  ...  min(7 + d // 2, 40)
    max_entry   20  25  30  35  40  ...  70  ... 100  ... 120  ... 350  ...  20 + 5d

Level 0 is a 6 x 7 matrix: every choice of rows and columns then has at least 15 x 35 = 525
candidates, so a random choice is rarely optimal. Larger matrices give more choices, larger
entries longer sums.
"""

from __future__ import annotations

import itertools

import numpy as np
from numba import njit

from rlve_gym import Environment, Verdict
from rlve_gym.answers import parse_int_list

MAX_ROWS = 10
MAX_COLUMNS = 40
INFINITE = 1 << 60


def roughness(matrix: list[list[int]], rows: list[int], columns: list[int]) -> int:
    """Sum of |differences| between adjacent cells of the submatrix (0-based rows and columns)."""
    total = 0
    for r in rows:
        line = matrix[r]
        total += sum(abs(line[a] - line[b]) for a, b in zip(columns, columns[1:]))
    for r, s in zip(rows, rows[1:]):
        total += sum(abs(matrix[r][c] - matrix[s][c]) for c in columns)
    return total


@njit(cache=True)
def _best_columns(values, rows, keep):  # pragma: no cover - compiled
    """Least roughness over ``keep`` columns for the given rows, and the columns reaching it."""
    m = values.shape[1]
    own = np.zeros(m, dtype=np.int64)  # vertical differences inside each column
    for i in range(m):
        for t in range(1, rows.shape[0]):
            own[i] += abs(values[rows[t], i] - values[rows[t - 1], i])
    between = np.zeros((m, m), dtype=np.int64)  # horizontal differences, column j then i
    for j in range(m):
        for i in range(j + 1, m):
            s = 0
            for t in range(rows.shape[0]):
                s += abs(values[rows[t], i] - values[rows[t], j])
            between[j, i] = s
    best = np.full((keep + 1, m), INFINITE, dtype=np.int64)
    came = np.full((keep + 1, m), -1, dtype=np.int64)
    for i in range(m):
        best[1, i] = own[i]
    for k in range(2, keep + 1):
        for i in range(m):
            for j in range(i):
                if best[k - 1, j] < INFINITE:
                    v = best[k - 1, j] + between[j, i] + own[i]
                    if v < best[k, i]:
                        best[k, i] = v
                        came[k, i] = j
    last = 0
    for i in range(m):
        if best[keep, i] < best[keep, last]:
            last = i
    columns = np.empty(keep, dtype=np.int64)
    for k in range(keep, 0, -1):
        columns[k - 1] = last
        last = came[k, last]
    return best[keep, columns[keep - 1]], columns


def smoothest_submatrix(
    matrix: list[list[int]], keep_rows: int, keep_columns: int
) -> tuple[int, list[int], list[int]]:
    """(least roughness, 0-based rows, 0-based columns of one optimal choice)."""
    values = np.array(matrix, dtype=np.int64)
    best = (INFINITE, [], [])
    for rows in itertools.combinations(range(len(matrix)), keep_rows):
        cost, columns = _best_columns(values, np.array(rows, dtype=np.int64), keep_columns)
        if cost < best[0]:
            best = (int(cost), list(rows), [int(c) for c in columns])
    return best


class MinAdjacentDifferenceSubmatrix(Environment):
    description = (
        "R rows and C columns whose submatrix has the least sum of adjacent absolute differences"
    )
    answer_kind = "int_list"
    multiple_valid_answers = True
    answer_example = "2 4 1 3"
    catalog_name = "MinimumSumDifferenceSubmatrix"

    def schedule(self, difficulty):
        return {
            "rows": min(6 + difficulty // 4, MAX_ROWS),
            "columns": min(7 + difficulty // 2, MAX_COLUMNS),
            "max_entry": 20 + 5 * difficulty,
        }

    def generate_instance(self, rng, sizes):
        n, m = sizes["rows"], sizes["columns"]
        matrix = [[rng.randint(1, sizes["max_entry"]) for _ in range(m)] for _ in range(n)]
        keep_rows, keep_columns = rng.randint(2, n - 2), rng.randint(3, m - 2)
        best, _, _ = smoothest_submatrix(matrix, keep_rows, keep_columns)
        return {
            "matrix": matrix,
            "keep_rows": keep_rows,
            "keep_columns": keep_columns,
            "best_roughness": best,
        }

    def solve(self, instance):
        _, rows, columns = smoothest_submatrix(
            instance["matrix"], instance["keep_rows"], instance["keep_columns"]
        )
        return [r + 1 for r in rows] + [c + 1 for c in columns]

    def render(self, instance):
        matrix = instance["matrix"]
        n, m = len(matrix), len(matrix[0])
        r, c = instance["keep_rows"], instance["keep_columns"]
        rows = "\n".join(" ".join(map(str, line)) for line in matrix)
        return (
            f"A {n} x {m} matrix (rows numbered 1 to {n} from the top, columns 1 to {m} from the "
            f"left; each line is one row):\n{rows}\n\n"
            f"Keep exactly {r} rows and {c} columns; they form a submatrix of {r} rows and {c} "
            "columns made of the cells where a kept row meets a kept column, in their original order. Two cells of "
            "the submatrix are adjacent when they are next to each other in it, horizontally (same "
            "kept row, consecutive kept columns) or vertically (same kept column, consecutive kept "
            "rows). The roughness of the submatrix is the sum of |x - y| over all pairs of "
            "adjacent cells x, y. Make the roughness as small as possible.\n"
            f"Answer with {r + c} numbers separated by spaces: first the {r} kept row numbers in "
            f"increasing order, then the {c} kept column numbers in increasing order (for example, "
            "when keeping 2 rows and 2 columns, 2 4 1 3 keeps rows 2 and 4 and columns 1 and 3). "
            "If several choices reach the smallest roughness, any one of them is accepted."
        )

    def parse(self, text, instance):
        return parse_int_list(
            text, length=instance["keep_rows"] + instance["keep_columns"], max_digits=6
        )

    def check(self, instance, answer, reference):
        matrix = instance["matrix"]
        r = instance["keep_rows"]
        for what, chosen, limit in (
            ("row", answer[:r], len(matrix)),
            ("column", answer[r:], len(matrix[0])),
        ):
            for i, x in enumerate(chosen):
                if not 1 <= x <= limit:
                    return Verdict.wrong(f"{what} {x} is outside 1..{limit}")
                if i and x <= chosen[i - 1]:
                    return Verdict.wrong(f"the kept {what} numbers must be strictly increasing")
        cost = roughness(matrix, [x - 1 for x in answer[:r]], [x - 1 for x in answer[r:]])
        if cost == instance["best_roughness"]:
            return Verdict.right()
        return Verdict.wrong(f"valid choice, but its roughness {cost} is not the smallest")

    def random_answer(self, problem, rng, other):
        instance = problem.instance
        n, m = len(instance["matrix"]), len(instance["matrix"][0])
        rows = sorted(rng.sample(range(1, n + 1), instance["keep_rows"]))
        columns = sorted(rng.sample(range(1, m + 1), instance["keep_columns"]))
        return " ".join(map(str, rows + columns))

    def near_misses(self, problem):
        instance = problem.instance
        n = len(instance["matrix"])
        r = instance["keep_rows"]
        chosen = [int(t) for t in problem.answer.split()]
        rows, columns = chosen[:r], chosen[r:]
        misses = [
            " ".join(map(str, rows[::-1] + columns)),  # rows out of order
            " ".join(map(str, rows[:-1] + [n + 1] + columns)),
            " ".join(map(str, rows + columns[:-1])),  # one column short
        ]
        best = instance["best_roughness"]
        for row in range(1, n + 1):  # swap one kept row for another that makes it rougher
            if row in rows:
                continue
            swapped = sorted(rows[1:] + [row])
            if (
                roughness(instance["matrix"], [x - 1 for x in swapped], [c - 1 for c in columns])
                > best
            ):
                misses.append(" ".join(map(str, swapped + columns)))
                break
        return misses
