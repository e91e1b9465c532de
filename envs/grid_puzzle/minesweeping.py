"""MineLayoutFromClues: place mines so that every number shows how many mines surround it.

A grid shows digits (a mine-free cell and the number of mines among its up to 8 neighbours,
diagonals included) and '?' cells whose content is unknown. The solver marks each cell as a
mine 'M' or no mine '.': numbered cells hold no mine, and every number must equal the count of
mines among its neighbours. Any layout meeting every number is correct (cells that touch no
number are free, so there are usually several); scores are binary.

The instance plants mines on about a fifth of the cells, reveals the number of a share of the
mine-free cells (drawn from ``REVEALED_SHARES``) and shows the rest as '?'. Layouts that a blind
rule satisfies are redrawn (bounded): at least one number is positive, so "no mines" is wrong,
and some hidden mine-free cell touches a number, so "every '?' is a mine" is wrong; if the draws
run out, mine-free cells next to a number are hidden until that holds.

Difficulty schedule:

    d          0   1   2   3   4  ...  10  ...  20  ...  d
    rows       5   5   6   6   7  ...  10  ...  15  ...  5 + d // 2
    columns    5   6   6   7   7  ...  10  ...  15  ...  5 + (d + 1) // 2

One side grows every level, so the number of clues and unknown cells grows quadratically and
deductions chain over longer distances.
"""

from __future__ import annotations

from rlve_gym import Environment, Verdict
from rlve_gym.answers import parse_grid

from ._cell_puzzles import token_grid_text

MINE, SAFE, UNKNOWN = "M", ".", "?"
MINE_SHARE = 0.2
REVEALED_SHARES = (0.5, 0.6, 0.7, 0.8, 0.9)
REDRAWS = 20


def around(rows: int, cols: int, r: int, c: int):
    for dr in (-1, 0, 1):
        for dc in (-1, 0, 1):
            if (dr or dc) and 0 <= r + dr < rows and 0 <= c + dc < cols:
                yield r + dr, c + dc


def mine_counts(mines: list[list[bool]]) -> list[list[int]]:
    rows, cols = len(mines), len(mines[0])
    return [
        [sum(mines[a][b] for a, b in around(rows, cols, r, c)) for c in range(cols)]
        for r in range(rows)
    ]


def clue_violation(clues: list[str], answer: list[list[str]]) -> str | None:
    """Why ``answer`` (cells 'M' / '.') breaks the clues, or None if it meets all of them."""
    rows, cols = len(clues), len(clues[0])
    for r, line in enumerate(clues):
        for c, t in enumerate(line):
            if t == UNKNOWN:
                continue
            if answer[r][c] == MINE:
                return f"row {r + 1}, column {c + 1} shows a number, so it holds no mine"
            count = sum(answer[a][b] == MINE for a, b in around(rows, cols, r, c))
            if count != int(t):
                return f"the {t} at row {r + 1}, column {c + 1} has {count} neighbouring mines"
    return None


class MineLayoutFromClues(Environment):
    description = "A mine layout ('M' / '.') agreeing with every number of a minesweeper grid"
    answer_kind = "grid"
    multiple_valid_answers = True
    answer_example = "M.\n.."
    catalog_name = "Minesweeping"

    def schedule(self, difficulty):
        return {"rows": 5 + difficulty // 2, "columns": 5 + (difficulty + 1) // 2}

    def generate_instance(self, rng, sizes):
        rows, cols = sizes["rows"], sizes["columns"]
        for _ in range(REDRAWS):
            mines = [[rng.random() < MINE_SHARE for _ in range(cols)] for _ in range(rows)]
            counts = mine_counts(mines)
            share = rng.choice(REVEALED_SHARES)
            shown = [
                [not mines[r][c] and rng.random() < share for c in range(cols)] for r in range(rows)
            ]
            if self._blind_rules_fail(mines, counts, shown):
                break
        else:  # hide mine-free cells next to a shown number until "every ? is a mine" fails
            if not any(map(any, mines)):
                mines[0][0] = True
                counts = mine_counts(mines)
            for r in range(rows):
                for c in range(cols):
                    if not self._blind_rules_fail(mines, counts, shown) and shown[r][c]:
                        shown[r][c] = False
        clues = [
            "".join(str(counts[r][c]) if shown[r][c] else UNKNOWN for c in range(cols))
            for r in range(rows)
        ]
        solution = [
            "".join(MINE if mines[r][c] else SAFE for c in range(cols)) for r in range(rows)
        ]
        return {"clues": clues, "solution": solution}

    @staticmethod
    def _blind_rules_fail(mines, counts, shown) -> bool:
        rows, cols = len(mines), len(mines[0])
        if not any(counts[r][c] > 0 for r in range(rows) for c in range(cols) if shown[r][c]):
            return False
        return any(
            not mines[r][c]
            and not shown[r][c]
            and any(shown[a][b] for a, b in around(rows, cols, r, c))
            for r in range(rows)
            for c in range(cols)
        )

    def solve(self, instance):
        return "\n".join(instance["solution"])

    def render(self, instance):
        clues = instance["clues"]
        rows, cols = len(clues), len(clues[0])
        return (
            f"Here is a minesweeper grid with {rows} rows and {cols} columns (cells are separated by "
            "spaces):\n"
            f"{token_grid_text([list(line) for line in clues])}\n\n"
            "Each cell either holds a mine or not. A digit marks a cell without a mine and tells "
            "how many of its neighbouring cells hold a mine; the neighbours of a cell are the up to "
            "8 cells that touch it by a side or a corner. A '?' cell may or may not hold a mine. "
            "Decide for every cell whether it holds a mine so that every digit is correct.\n"
            f"Answer with {rows} lines of {cols} characters: 'M' for a cell with a mine and '.' for "
            "a cell without (cells showing a digit are '.'). For example, a 2 x 2 grid with a mine "
            "in its top-left cell only is written as the lines M. and .. . If several layouts "
            "agree with all the digits, any one of them is accepted."
        )

    def parse(self, text, instance):
        clues = instance["clues"]
        return parse_grid(text, len(clues), len(clues[0]), cells={MINE, SAFE})

    def check(self, instance, answer, reference):
        why = clue_violation(instance["clues"], answer)
        return Verdict.right() if why is None else Verdict.wrong(why)

    def random_answer(self, problem, rng, other):
        """Every '?' a mine, or each '?' a mine with probability one half."""
        clues = problem.instance["clues"]
        always = rng.random() < 0.5
        return "\n".join(
            "".join(
                (MINE if always or rng.random() < 0.5 else SAFE) if t == UNKNOWN else SAFE
                for t in line
            )
            for line in clues
        )

    def near_misses(self, problem):
        clues = problem.instance["clues"]
        rows, cols = len(clues), len(clues[0])
        grid = [list(line) for line in problem.answer.split("\n")]
        misses = []
        # a mine next to a number removed; a mine added next to a number
        for r, c in (
            (r, c) for r in range(rows) for c in range(cols) if clues[r][c] not in (UNKNOWN, "0")
        ):
            for a, b in around(rows, cols, r, c):
                if grid[a][b] == MINE:
                    fewer = [list(row) for row in grid]
                    fewer[a][b] = SAFE
                    misses.append(fewer)
                    break
            break
        r, c = next((r, c) for r in range(rows) for c in range(cols) if clues[r][c] != UNKNOWN)
        on_number = [list(row) for row in grid]
        on_number[r][c] = MINE
        misses.append(on_number)
        for blind in (
            [[MINE if t == UNKNOWN else SAFE for t in line] for line in clues],
            [[SAFE] * cols for _ in range(rows)],
        ):
            if clue_violation(clues, blind):  # the generator makes both blind layouts wrong
                misses.append(blind)
        return ["\n".join("".join(row) for row in m) for m in misses]
