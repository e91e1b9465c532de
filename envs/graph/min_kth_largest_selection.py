"""MinKthLargestSelection: one cell per row, in distinct columns, minimising the K-th largest value.

An N x M matrix (N <= M) of positive integers is given. Choose one cell in every row, no two in
the same column; among the N chosen values, the K-th largest should be as small as possible.
The reference solver binary-searches the threshold x: the K-th largest can be <= x exactly when
N - K + 1 rows can be matched to distinct columns through cells of value <= x (a bipartite
matching; the other rows then take any free columns). Many selections reach the optimum; the
checker verifies distinct columns and compares the K-th largest with the optimum.

Difficulty schedule (N rows, M columns, K, values in 1..V):

    d       0    1    2    3    5   10   20        d, e = d + 5
    N       5    6    6    7    8   10   15        3 + e // 2
    M       6    6    7    7    8   11   16        3 + (e + 1) // 2
    K       2    3    3    3    3    4    6        1 + N // 3
    V      45   50   55   60   70   95  145        20 + 5e

The schedule starts five steps above a 3 x 3 matrix, where a handful of selections exist and a
fixed one was optimal on a quarter of the seeds. The matrix grows linearly in both sides (240
numbers at d = 20); each feasibility test
is a matching on at most N x M edges, so the binary search takes a few milliseconds.
"""

from __future__ import annotations

from rlve_gym import Environment, Verdict
from rlve_gym.answers import parse_int_list
from rlve_gym.kernels.flows import bipartite_matching


def kth_largest(values: list[int], k: int) -> int:
    return sorted(values, reverse=True)[k - 1]


def _matching_below(matrix: list[list[int]], threshold: int) -> list[int]:
    cols = len(matrix[0])
    adjacency = [[c for c in range(cols) if row[c] <= threshold] for row in matrix]
    return bipartite_matching(len(matrix), cols, adjacency)


def best_selection(matrix: list[list[int]], k: int) -> tuple[int, list[int]]:
    """``(smallest possible K-th largest, column chosen in each row)``."""
    rows, cols = len(matrix), len(matrix[0])
    candidates = sorted({x for row in matrix for x in row})
    low, high = 0, len(candidates) - 1  # the answer is candidates[high] at worst
    while low < high:
        middle = (low + high) // 2
        if sum(c >= 0 for c in _matching_below(matrix, candidates[middle])) >= rows - k + 1:
            high = middle
        else:
            low = middle + 1
    chosen = _matching_below(matrix, candidates[low])
    taken = set(chosen)
    free = iter(c for c in range(cols) if c not in taken)
    chosen = [c if c >= 0 else next(free) for c in chosen]
    return candidates[low], chosen


class MinKthLargestSelection(Environment):
    description = (
        "One cell per row in distinct columns of a matrix, minimising the K-th largest chosen value"
    )
    answer_kind = "int_list"
    multiple_valid_answers = True
    answer_example = "2 1 3"
    catalog_name = "MinimumUnconflictedGridKMax"

    def schedule(self, difficulty):
        e = difficulty + 5  # five steps above the smallest matrices, which were guessable
        rows = 3 + e // 2
        return {
            "rows": rows,
            "cols": 3 + (e + 1) // 2,
            "k": 1 + rows // 3,
            "max_value": 20 + 5 * e,
        }

    def generate_instance(self, rng, sizes):
        rows, cols = sizes["rows"], sizes["cols"]
        matrix = [[rng.randint(1, sizes["max_value"]) for _ in range(cols)] for _ in range(rows)]
        k = min(sizes["k"], rows)
        return {"matrix": matrix, "k": k, "optimum": best_selection(matrix, k)[0]}

    def solve(self, instance):
        return [c + 1 for c in best_selection(instance["matrix"], instance["k"])[1]]

    def render(self, instance):
        matrix, k = instance["matrix"], instance["k"]
        rows, cols = len(matrix), len(matrix[0])
        table = "\n".join(" ".join(map(str, row)) for row in matrix)
        return (
            f"Here is a matrix with {rows} rows and {cols} columns (rows and columns are numbered "
            f"from 1):\n\n{table}\n\n"
            f"Choose exactly one cell in every row so that no two chosen cells are in the same column. "
            f"Sort the {rows} chosen values from largest to smallest; the value in position {k} (the "
            f"{k}-th largest, counting equal values separately) must be as small as possible. Any "
            "choice achieving the minimum is accepted.\n"
            f"Answer with {rows} integers: the column chosen in row 1, row 2, ..., row {rows}, separated by spaces."
        )

    def parse(self, text, instance):
        return parse_int_list(text, max_digits=6, length=len(instance["matrix"]))

    def random_answer(self, problem, rng, other):
        """A blind guess: distinct random columns, one per row."""
        matrix = problem.instance["matrix"]
        return " ".join(map(str, rng.sample(range(1, len(matrix[0]) + 1), len(matrix))))

    def check(self, instance, answer, reference):
        matrix, k = instance["matrix"], instance["k"]
        cols = len(matrix[0])
        for c in answer:
            if not 1 <= c <= cols:
                return Verdict.wrong(f"{c} is not a column (columns are 1..{cols})")
        if len(set(answer)) != len(answer):
            return Verdict.wrong("two rows choose the same column")
        value = kth_largest([row[c - 1] for row, c in zip(matrix, answer, strict=True)], k)
        if value != instance["optimum"]:
            return Verdict.wrong(
                f"a valid choice, but its {k}-th largest value {value} is not the smallest possible"
            )
        return Verdict.right()

    def near_misses(self, problem):
        instance = problem.instance
        matrix, k = instance["matrix"], instance["k"]
        chosen = [int(x) for x in problem.answer.split()]
        misses = [chosen[:-1] + [chosen[0]], chosen[:-1]]
        cols = len(matrix[0])
        for r in range(len(matrix)):  # move one row to another free column if that is worse
            for c in range(1, cols + 1):
                if c in chosen:
                    continue
                moved = chosen[:r] + [c] + chosen[r + 1 :]
                if (
                    kth_largest([row[x - 1] for row, x in zip(matrix, moved, strict=True)], k)
                    > instance["optimum"]
                ):
                    return [" ".join(map(str, m)) for m in misses + [moved]]
        return [" ".join(map(str, m)) for m in misses]
