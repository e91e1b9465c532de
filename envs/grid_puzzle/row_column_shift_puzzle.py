"""RowColumnShiftPuzzle: cyclic row and column shifts that turn a start grid into a target grid.

A grid holds the numbers 1 .. rows * cols, each once. A move shifts one whole row cyclically to
the right or left, or one whole column cyclically down or up, by 1 to ``max_shift`` cells (what
leaves one end comes back at the other). The solver answers with at most ``max_moves`` moves that
turn the start grid into the target grid. Any such sequence is accepted: the checker replays the
moves, rejecting unknown rows or columns, shifts outside the bound, sequences over the limit and
sequences that end elsewhere.

Instances are planted: the target is a random arrangement and the start is the target after
``max_moves`` random moves, no two in a row on the same line (they would merge into one), so
undoing them in reverse order is a solution of exactly the allowed length; the rare scrambles
that cancel out are redrawn. The reference answer is that undoing; shorter solutions are equally
right.

Difficulty schedule (max_shift = min(rows, cols) // 2, so every cyclic position of a line is
reachable in one move in one direction or the other):

    d            0   1   2   3   4  ...   6  ...  10  ...  20  ...  d
    rows         3   3   3   3   3  ...   4  ...   4  ...   6  ...  3 + d // 6
    cols         3   3   3   4   4  ...   4  ...   5  ...   6  ...  3 + (d + 3) // 6
    max_shift    1   1   1   1   1  ...   2  ...   2  ...   3  ...  min(rows, cols) // 2
    max_moves    4   4   5   5   6  ...   7  ...   9  ...  14  ...  4 + d // 2

Level 0 is a 3x3 grid scrambled by 4 unit shifts (12 possible moves each, about ten thousand
scrambles); one more move every two levels multiplies the search space, and the grid (and with
it the number of lines and shift amounts) grows every three levels.
"""

from __future__ import annotations

import re

from rlve_gym.answers import ParseError

from ._tile_puzzles import GridMovePuzzle, numbered_grid_text, shuffled_grid

#: scrambles drawn before accepting one that leaves the grid unchanged (never needed in practice)
REDRAWS = 20
_SEPARATORS = re.compile(r"[,;\n]+")
LINE_WORDS = {"row": "row", "col": "col", "column": "col"}

Move = tuple[str, int, int]  # ("row" or "col", 1-based index, signed shift)


def max_shift_of(rows: int, cols: int) -> int:
    return max(1, min(rows, cols) // 2)


def apply_move(grid: list[list[int]], move: Move) -> None:
    """Shift in place: rows right for a positive shift, columns down for a positive shift."""
    kind, index, shift = move
    if kind == "row":
        row = grid[index - 1]
        k = shift % len(row)
        grid[index - 1] = row[-k:] + row[:-k] if k else row
    else:
        column = [row[index - 1] for row in grid]
        k = shift % len(column)
        column = column[-k:] + column[:-k] if k else column
        for row, v in zip(grid, column, strict=True):
            row[index - 1] = v


def move_problem(move: Move, rows: int, cols: int, max_shift: int) -> str | None:
    kind, index, shift = move
    lines = rows if kind == "row" else cols
    if not 1 <= index <= lines:
        return f"there is no {'row' if kind == 'row' else 'column'} {index} (1..{lines})"
    if not 1 <= abs(shift) <= max_shift:
        return f"shift {shift} is not between 1 and {max_shift} cells in either direction"
    return None


def format_moves(moves: list[Move]) -> str:
    return ", ".join(f"{kind} {index} {shift}" for kind, index, shift in moves)


def random_moves(rng, rows: int, cols: int, count: int) -> list[Move]:
    """``count`` random moves within the shift bound, never two in a row on the same line."""
    bound = max_shift_of(rows, cols)
    shifts = [s for s in range(-bound, bound + 1) if s]
    moves: list[Move] = []
    while len(moves) < count:
        kind = "row" if rng.randrange(rows + cols) < rows else "col"
        move = (kind, rng.randint(1, rows if kind == "row" else cols), rng.choice(shifts))
        if not moves or moves[-1][:2] != move[:2]:
            moves.append(move)
    return moves


class RowColumnShiftPuzzle(GridMovePuzzle):
    description = "Cyclic row and column shifts that turn a start grid into a target grid"
    answer_kind = "construction_with_checker"
    answer_example = "row 1 -1, col 2 1"
    catalog_name = "NinePuzzle"

    def schedule(self, difficulty):
        rows, cols = 3 + difficulty // 6, 3 + (difficulty + 3) // 6
        return {
            "rows": rows,
            "cols": cols,
            "max_shift": max_shift_of(rows, cols),
            "max_moves": 4 + difficulty // 2,
        }

    def generate_instance(self, rng, sizes):
        rows, cols, count = sizes["rows"], sizes["cols"], sizes["max_moves"]
        target = shuffled_grid(rng, rows, cols, 1)
        for _ in range(REDRAWS):
            scramble = random_moves(rng, rows, cols, count)
            start = [row[:] for row in target]
            for move in scramble:
                apply_move(start, move)
            if start != target:
                break
        solution = [(kind, index, -shift) for kind, index, shift in reversed(scramble)]
        return {
            "start": start,
            "target": target,
            "max_shift": sizes["max_shift"],
            "max_moves": count,
            "solution": format_moves(solution),
        }

    def render(self, instance):
        start, target = instance["start"], instance["target"]
        rows, cols, bound = len(start), len(start[0]), instance["max_shift"]
        amount = "1 cell" if bound == 1 else f"1 to {bound} cells"
        return (
            f"A grid of {rows} rows and {cols} columns holds the numbers 1 to {rows * cols}, each "
            f"once. Start grid:\n{numbered_grid_text(start)}\n\n"
            f"Target grid:\n{numbered_grid_text(target)}\n\n"
            f"A move shifts one whole row or one whole column cyclically by {amount}: the "
            "numbers that leave one end re-enter at the other end. It is written as three "
            "parts: 'row i k' shifts row i (rows numbered 1 to "
            f"{rows} from the top) to the right by k cells when k is positive and to the left by "
            f"-k cells when k is negative; 'col j k' shifts column j (columns numbered 1 to {cols} "
            "from the left) down by k cells when k is positive and up by -k cells when k is "
            "negative. For example, 'row 1 1' turns a first row 4 7 2 into 2 4 7, and 'col 2 -1' "
            "moves every number of column 2 up one row and the top one to the bottom.\n"
            f"Give at most {instance['max_moves']} moves that turn the start grid into the "
            "target grid, in the order they are made, separated by commas (for example: row 1 "
            "-1, col 2 1). Any such sequence is accepted."
        )

    def parse(self, text, instance):
        limit = 2 * instance["max_moves"] + 8
        if len(text) > 24 * limit:
            raise ParseError(f"answer is too long: at most {instance['max_moves']} moves expected")
        chunks = [c.strip() for c in _SEPARATORS.split(text) if c.strip()]
        if len(chunks) > limit:
            raise ParseError(f"{len(chunks)} moves, at most {instance['max_moves']} expected")
        moves = []
        for number, chunk in enumerate(chunks, start=1):
            parts = chunk.split()
            if len(parts) != 3 or parts[0].lower() not in LINE_WORDS:
                raise ParseError(
                    f"move {number} {chunk[:30]!r} is not of the form 'row i k' or 'col j k'"
                )
            try:
                index, shift = int(parts[1]), int(parts[2])
            except ValueError:
                raise ParseError(f"move {number} {chunk[:30]!r} needs two integers") from None
            if abs(index) > 10**6 or abs(shift) > 10**6:
                raise ParseError(f"move {number} has a number out of range")
            moves.append((LINE_WORDS[parts[0].lower()], index, shift))
        return moves

    def replay(self, instance, moves):
        grid = [row[:] for row in instance["start"]]
        rows, cols = len(grid), len(grid[0])
        for number, move in enumerate(moves, start=1):
            why = move_problem(move, rows, cols, instance["max_shift"])
            if why:
                return None, f"move {number}: {why}"
            apply_move(grid, move)
        return grid, None

    def random_answer(self, problem, rng, other):
        inst = problem.instance
        rows, cols = len(inst["start"]), len(inst["start"][0])
        return format_moves(random_moves(rng, rows, cols, inst["max_moves"]))

    def near_misses(self, problem):
        moves = self.parse(problem.answer, problem.instance)
        rows = len(problem.instance["start"])
        kind, index, shift = moves[-1]
        lines = rows if kind == "row" else len(problem.instance["start"][0])
        moved = (kind, index % lines + 1, shift)  # the last shift on a neighbouring line
        return [
            format_moves(moves[:-1]),
            format_moves(moves[:-1] + [moved]),
            format_moves(moves + [(kind, index, shift), (kind, index, -shift)]),  # over the limit
            format_moves(moves[:-1] + [(kind, lines + 1, shift)]),  # no such line
        ]
