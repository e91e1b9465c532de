"""NonAttackingQueenCompletion: add K queens to a chessboard so that no two queens attack.

An N x N board already holds some queens ('Q'), no two attacking each other; the solver adds
exactly K more queens on empty cells ('.') so that no two of all the queens attack each other
(two queens attack when they share a row, a column or a diagonal). The answer is the whole board
after the additions. Any board that keeps every given queen, adds exactly K and has no attacking
pair is correct (there are often several); scores are binary.

The instance is a random complete N-queens solution (min-conflicts repair from a greedy random
start) with K of its queens removed, so a solution always exists; the remaining N - K queens are
shown. Adding K queens means filling the K empty rows with distinct free columns that also avoid
every diagonal - a search whose branching grows with K.

Difficulty schedule:

    d            0   1   2   3   4  ...  10  ...  20  ...  d
    board N      9   9  10  10  11  ...  14  ...  19  ...  9 + d // 2
    queens K     4   4   4   5   5  ...   7  ...  10  ...  4 + d // 3

Level 0 already asks for 4 queens on a 9 x 9 board (352 complete solutions): on 7 x 7 (40
solutions) one fixed complete solution contained the given queens on 7.5% of the seeds, and with
3 queens to add a random free column per empty row is valid a few percent of the time. The board and the number of queens
to add both grow linearly, so the search space grows exponentially in d while the prompt (N lines
of N cells) stays small; generation is a min-conflicts repair of O(N) steps.
"""

from __future__ import annotations

from rlve_gym import Environment, Verdict
from rlve_gym.answers import parse_grid

from ._cell_puzzles import token_grid_text

QUEEN, EMPTY = "Q", "."
#: repair steps per min-conflicts attempt (per board size), and attempts before the fallback
REPAIR_STEPS_PER_QUEEN = 40
ATTEMPTS = 20


def attacking_pair(queens: list[tuple[int, int]]) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """Two queens (row, column) that attack each other, or None."""
    seen: dict[tuple[str, int], tuple[int, int]] = {}
    for r, c in queens:
        for key in (("row", r), ("column", c), ("diagonal", r - c), ("anti-diagonal", r + c)):
            if key in seen:
                return seen[key], (r, c)
            seen[key] = (r, c)
    return None


def _min_conflicts(rng, n: int) -> list[int] | None:
    """Column of the queen in each row of an n-queens solution, or None if the repair stalls."""
    cols = [0] * n
    col_count, down, up = [0] * n, [0] * (2 * n), [0] * (2 * n)

    def conflicts(r: int, c: int) -> int:
        return col_count[c] + down[r - c + n] + up[r + c]

    order = list(range(n))
    rng.shuffle(order)
    for r in order:  # greedy start: each row's least-attacked column, ties at random
        scores = [conflicts(r, c) for c in range(n)]
        low = min(scores)
        c = rng.choice([c for c in range(n) if scores[c] == low])
        cols[r] = c
        col_count[c] += 1
        down[r - c + n] += 1
        up[r + c] += 1
    for _ in range(REPAIR_STEPS_PER_QUEEN * n):
        bad = [r for r in range(n) if conflicts(r, cols[r]) > 3]
        if not bad:
            return cols
        r = rng.choice(bad)
        c = cols[r]
        col_count[c] -= 1
        down[r - c + n] -= 1
        up[r + c] -= 1
        scores = [conflicts(r, c) for c in range(n)]
        low = min(scores)
        c = rng.choice([c for c in range(n) if scores[c] == low])
        cols[r] = c
        col_count[c] += 1
        down[r - c + n] += 1
        up[r + c] += 1
    return None


def explicit_queens(n: int) -> list[int]:
    """A classical closed-form n-queens solution (n >= 4), column per row."""
    evens, odds = list(range(1, n, 2)), list(range(0, n, 2))
    if n % 6 == 2:
        odds = [2, 0] + list(range(6, n, 2)) + [4]
    elif n % 6 == 3:
        evens = list(range(3, n, 2)) + [1]
        odds = list(range(4, n, 2)) + [0, 2]
    return evens + odds


def random_queens(rng, n: int) -> list[int]:
    for _ in range(ATTEMPTS):
        cols = _min_conflicts(rng, n)
        if cols is not None:
            return cols
    return explicit_queens(n)  # never needed in practice: min-conflicts converges in O(n) steps


def queens_of(board: list[list[str]]) -> list[tuple[int, int]]:
    return [(r, c) for r, row in enumerate(board) for c, t in enumerate(row) if t == QUEEN]


class NonAttackingQueenCompletion(Environment):
    description = "A board with K more queens added so that no two queens attack each other"
    answer_kind = "grid"
    multiple_valid_answers = True
    answer_example = "Q.\n.."
    catalog_name = "QueenPlacement"

    def schedule(self, difficulty):
        return {"board": 9 + difficulty // 2, "queens_to_add": 4 + difficulty // 3}

    def generate_instance(self, rng, sizes):
        n, k = sizes["board"], sizes["queens_to_add"]
        cols = random_queens(rng, n)
        removed = set(rng.sample(range(n), k))
        board = [
            "".join(QUEEN if c == cols[r] and r not in removed else EMPTY for c in range(n))
            for r in range(n)
        ]
        return {"board": board, "queens_to_add": k, "solution_columns": cols}

    def solve(self, instance):
        n = len(instance["board"])
        cols = instance["solution_columns"]
        return "\n".join(
            "".join(QUEEN if c == cols[r] else EMPTY for c in range(n)) for r in range(n)
        )

    def render(self, instance):
        board, k = instance["board"], instance["queens_to_add"]
        n = len(board)
        return (
            f"Here is a chessboard of {n} x {n} cells; 'Q' is a queen and '.' an empty cell (cells are "
            "separated by spaces):\n"
            f"{token_grid_text([list(row) for row in board])}\n\n"
            "Two queens attack each other when they are in the same row, the same column or on "
            "the same diagonal (a line of cells going diagonally in either direction). No two of "
            f"the queens above attack each other. Place exactly {k} more queens on empty cells so "
            "that, afterwards, no two queens on the board attack each other.\n"
            f"Answer with the whole board after your additions: {n} lines of {n} characters each, "
            "'Q' for a queen and '.' for an empty cell, keeping every queen already placed. For "
            "example, a 2 x 2 board with one queen in its top-left corner is written as the two "
            "lines Q. and .. . If several placements work, any one of them is accepted."
        )

    def parse(self, text, instance):
        n = len(instance["board"])
        return parse_grid(text, n, n, cells={QUEEN, EMPTY})

    def check(self, instance, answer, reference):
        board = instance["board"]
        for r, row in enumerate(board):
            for c, t in enumerate(row):
                if t == QUEEN and answer[r][c] != QUEEN:
                    return Verdict.wrong(
                        f"the given queen at row {r + 1}, column {c + 1} is missing"
                    )
        queens = queens_of(answer)
        given = sum(row.count(QUEEN) for row in board)
        added = len(queens) - given
        if added != instance["queens_to_add"]:
            return Verdict.wrong(f"{added} queens were added, expected {instance['queens_to_add']}")
        pair = attacking_pair(queens)
        if pair is not None:
            (r1, c1), (r2, c2) = pair
            return Verdict.wrong(
                f"the queens at row {r1 + 1}, column {c1 + 1} and row {r2 + 1}, column {c2 + 1} attack each other"
            )
        return Verdict.right()

    def random_answer(self, problem, rng, other):
        """Each empty row gets a queen in a random column that holds no given queen."""
        board = problem.instance["board"]
        n = len(board)
        used = {c for row in board for c, t in enumerate(row) if t == QUEEN}
        free = [c for c in range(n) if c not in used]
        rows = [list(row) for row in board]
        for row in rows:
            if QUEEN not in row:
                row[rng.choice(free)] = QUEEN
        return "\n".join("".join(row) for row in rows)

    def near_misses(self, problem):
        board = problem.instance["board"]
        rows = [list(line) for line in problem.answer.split("\n")]
        n = len(rows)
        added = [(r, c) for r, c in queens_of(rows) if board[r][c] != QUEEN]
        misses = []
        r, c = added[0]
        shifted = [list(row) for row in rows]  # an added queen slides along its row: attacked
        shifted[r][c] = EMPTY
        shifted[r][(c + 1) % n] = QUEEN
        misses.append(shifted)
        fewer = [list(row) for row in rows]  # one queen short
        fewer[r][c] = EMPTY
        misses.append(fewer)
        given = next((r2, c2) for r2, c2 in queens_of(rows) if board[r2][c2] == QUEEN)
        moved = [list(row) for row in fewer]  # a given queen taken off, an extra one elsewhere
        moved[given[0]][given[1]] = EMPTY
        moved[r][c] = QUEEN
        misses.append(moved)
        return ["\n".join("".join(row) for row in grid) for grid in misses]
