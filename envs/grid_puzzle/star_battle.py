"""NonTouchingStarPlacement: one star in every row, no two in a column, no two touching.

A grid of open cells '.' and blocked cells 'X' has fewer rows than columns. The solver places
stars on open cells: exactly one star in every row, at most one in every column, and no two
stars in cells that touch by a side or a corner. The answer is the grid with the chosen cells
written '*'. Any placement meeting the rules is correct (often several); scores are binary.

The instance plants a random valid placement (a randomised depth-first search over the columns
row by row), then blocks each other cell with a probability drawn from ``BLOCKED_SHARES``, so a
solution always exists. Few blocked cells leave many rows to coordinate; many blocked cells
force more of the placement. (Blocking 90% of the cells leaves about one open cell per row
besides the star's, so a random star per row was right too often; 0.7 is the largest share.)

Difficulty schedule:

    d            0   1   2   3   4  ...  10  ...  20  ...  d
    rows         6   6   7   7   8  ...  11  ...  16  ...  6 + d // 2
    columns      7   8   8   9   9  ...  12  ...  17  ...  7 + (d + 1) // 2

One side grows every level (the grid keeps one or two more columns than rows), so the number of
rows to coordinate grows linearly and the open cells quadratically.
"""

from __future__ import annotations

from rlve_gym import Environment, Verdict
from rlve_gym.answers import parse_grid

from ._cell_puzzles import token_grid_text

OPEN, BLOCKED, STAR = ".", "X", "*"
BLOCKED_SHARES = (0.1, 0.3, 0.5, 0.7)


def random_star_columns(rng, rows: int, cols: int) -> list[int]:
    """Column of the star in each row: distinct, and adjacent rows at least two columns apart."""
    choices: list[list[int]] = []
    chosen: list[int] = []
    used: set[int] = set()
    while len(chosen) < rows:
        if len(choices) == len(chosen):  # options for the next row, in random order
            last = chosen[-1] if chosen else -10
            options = [c for c in range(cols) if c not in used and abs(c - last) >= 2]
            rng.shuffle(options)
            choices.append(options)
        options = choices[-1]
        if options:
            c = options.pop()
            chosen.append(c)
            used.add(c)
        else:  # dead end: undo the previous row's choice
            choices.pop()
            used.discard(chosen.pop())
    return chosen


def placement_problem(grid: list[str], answer: list[list[str]]) -> str | None:
    """Why ``answer`` breaks the rules on ``grid``, or None."""
    rows, cols = len(grid), len(grid[0])
    stars = []
    for r in range(rows):
        for c in range(cols):
            written, shown = answer[r][c], grid[r][c]
            if written == STAR and shown == OPEN:
                stars.append((r, c))
            elif written != shown:
                return f"row {r + 1}, column {c + 1} is {shown} in the grid but {written} in the answer"
    per_row = [0] * rows
    for r, _ in stars:
        per_row[r] += 1
    for r, count in enumerate(per_row):
        if count != 1:
            return f"row {r + 1} has {count} stars, expected exactly 1"
    column_of = {}
    for r, c in stars:
        if c in column_of:
            return f"column {c + 1} has more than one star"
        column_of[c] = r
    for r, c in stars:
        for dc in (-1, 1):
            if column_of.get(c + dc, -5) in (r - 1, r + 1):
                return f"the star in row {r + 1} touches a star in a neighbouring row"
    return None


class NonTouchingStarPlacement(Environment):
    description = "Stars on open cells, one per row, at most one per column, no two touching"
    answer_kind = "grid"
    multiple_valid_answers = True
    answer_example = "*.X\nX.."
    catalog_name = "StarBattle"

    def schedule(self, difficulty):
        return {"rows": 6 + difficulty // 2, "columns": 7 + (difficulty + 1) // 2}

    def generate_instance(self, rng, sizes):
        rows, cols = sizes["rows"], sizes["columns"]
        stars = random_star_columns(rng, rows, cols)
        share = rng.choice(BLOCKED_SHARES)
        grid = [
            "".join(
                OPEN if c == stars[r] or rng.random() >= share else BLOCKED for c in range(cols)
            )
            for r in range(rows)
        ]
        return {"grid": grid, "star_columns": stars}

    def solve(self, instance):
        stars = instance["star_columns"]
        return "\n".join(
            "".join(STAR if c == stars[r] else t for c, t in enumerate(line))
            for r, line in enumerate(instance["grid"])
        )

    def render(self, instance):
        grid = instance["grid"]
        rows, cols = len(grid), len(grid[0])
        return (
            f"Here is a grid with {rows} rows and {cols} columns; '.' is an open cell and 'X' a "
            "blocked cell (cells are separated by spaces):\n"
            f"{token_grid_text([list(line) for line in grid])}\n\n"
            "Place stars on open cells so that every row contains exactly one star, every column "
            "contains at most one star, and no two stars are in cells that touch, by a side or by "
            "a corner (so stars in neighbouring rows are at least two columns apart).\n"
            f"Answer with the grid after placing the stars: {rows} lines of {cols} characters, "
            "the same as above except that each cell holding a star is written '*'. For example, "
            "the 2 x 3 grid with rows ..X and X.. and a star in its top-left cell is written as the "
            "lines *.X and X.. . If several placements work, any one of them is accepted."
        )

    def parse(self, text, instance):
        grid = instance["grid"]
        return parse_grid(text, len(grid), len(grid[0]), cells={OPEN, BLOCKED, STAR})

    def check(self, instance, answer, reference):
        why = placement_problem(instance["grid"], answer)
        return Verdict.right() if why is None else Verdict.wrong(why)

    def random_answer(self, problem, rng, other):
        """A star on a random open cell of every row."""
        grid = problem.instance["grid"]
        out = []
        for line in grid:
            c = rng.choice([c for c, t in enumerate(line) if t == OPEN])
            out.append(line[:c] + STAR + line[c + 1 :])
        return "\n".join(out)

    def near_misses(self, problem):
        grid = problem.instance["grid"]
        rows = [list(line) for line in problem.answer.split("\n")]
        misses = []
        empty_row = [list(row) for row in rows]  # the first row loses its star
        empty_row[0] = list(grid[0])
        misses.append(empty_row)
        c = rows[0].index(STAR)
        for c2, t in enumerate(grid[0]):  # a second star in the first row
            if t == OPEN and c2 != c:
                two = [list(row) for row in rows]
                two[0][c2] = STAR
                misses.append(two)
                break
        below = rows[1].index(STAR)  # the second row's star moved next to the first row's
        for c2 in (c - 1, c, c + 1):
            if 0 <= c2 < len(grid[1]) and c2 != below:
                touching = [list(row) for row in rows]
                touching[1] = list(grid[1])
                touching[1][c2] = STAR
                misses.append(touching)
                break
        return ["\n".join("".join(row) for row in m) for m in misses]
