"""LightBulbPlacement: place light bulbs in a Light Up (Akari) grid.

A grid has white cells '.', black cells '#' and numbered black cells '0'..'4'. The solver puts
bulbs on white cells. A bulb lights its own cell and every white cell it sees: along its row
and its column, up to the first black cell or the edge. The rules: every white cell is lit, no
bulb lights another bulb (two bulbs never see each other), and a numbered cell has exactly that
many bulbs among its up to 4 side neighbours. The answer is the grid with every bulb cell
written 'L'. Any placement meeting the rules is correct (there may be several); scores are
binary.

The instance draws black cells (a quarter of the grid on average), plants bulbs by lighting the
grid greedily (a random unlit white cell gets a bulb until every white cell is lit; such a bulb
never sees another), and shows the number of each black cell with a probability drawn from
``NUMBERED_SHARES``. Filling the grid greedily at random meets the lighting rules but rarely the
numbers; grids on which one of ``GREEDY_TRIES`` greedy fills meets every number are redrawn
(bounded).

Difficulty schedule:

    d          0   1   2   3   4  ...  10  ...  20  ...  d
    rows       6   6   7   7   8  ...  11  ...  16  ...  6 + d // 2
    columns    6   7   7   8   8  ...  11  ...  16  ...  6 + (d + 1) // 2

One side grows every level, so the number of bulbs and clues grows quadratically.
"""

from __future__ import annotations

from rlve_gym import Environment, Verdict
from rlve_gym.answers import parse_grid

from ._cell_puzzles import marked_grid_text, open_runs, read_marks, token_grid_text

WHITE, BLACK, BULB = ".", "#", "L"
NUMBERS = "01234"
BLACK_SHARE = 0.25
NUMBERED_SHARES = (0.5, 0.6, 0.7, 0.8, 0.9, 0.95)
GREEDY_TRIES = 8
REDRAWS = 20


def is_black(t: str) -> bool:
    return t == BLACK or t in NUMBERS


def sight_lines(grid: list[str]) -> list[list[tuple[int, int]]]:
    """Every maximal horizontal and vertical run of white cells, as lists of cells."""
    row_runs, col_runs = open_runs(grid, lambda t: not is_black(t))
    return row_runs + col_runs


def greedy_bulbs(rng, grid: list[str]) -> set[tuple[int, int]]:
    """Bulbs on random unlit white cells until every white cell is lit (no two see each other)."""
    runs = sight_lines(grid)
    runs_of: dict[tuple[int, int], list[int]] = {}
    for i, run in enumerate(runs):
        for cell in run:
            runs_of.setdefault(cell, []).append(i)
    cells = list(runs_of)
    rng.shuffle(cells)
    lit_runs: set[int] = set()
    bulbs = set()
    for cell in cells:
        if not any(i in lit_runs for i in runs_of[cell]):
            bulbs.add(cell)
            lit_runs.update(runs_of[cell])
    return bulbs


def side_bulbs(bulbs, rows: int, cols: int, r: int, c: int) -> int:
    return sum((a, b) in bulbs for a, b in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)))


def rule_problem(grid: list[str], answer: list[list[str]]) -> str | None:
    """Why the bulbs in ``answer`` break the rules on ``grid``, or None."""
    rows, cols = len(grid), len(grid[0])
    marks, why = read_marks(grid, answer, BULB, WHITE)
    if why:
        return why
    bulbs = set(marks)
    for run in sight_lines(grid):
        on = [cell for cell in run if cell in bulbs]
        if len(on) > 1:
            (r1, c1), (r2, c2) = on[:2]
            return f"the bulbs at row {r1 + 1}, column {c1 + 1} and row {r2 + 1}, column {c2 + 1} light each other"
    lit = set()
    for run in sight_lines(grid):
        if any(cell in bulbs for cell in run):
            lit.update(run)
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] == WHITE and (r, c) not in lit:
                return f"the white cell at row {r + 1}, column {c + 1} is not lit"
            if grid[r][c] in NUMBERS:
                count = side_bulbs(bulbs, rows, cols, r, c)
                if count != int(grid[r][c]):
                    return f"the {grid[r][c]} at row {r + 1}, column {c + 1} has {count} bulbs beside it"
    return None


def with_bulbs(grid: list[str], bulbs) -> str:
    return marked_grid_text(grid, bulbs, BULB)


class LightBulbPlacement(Environment):
    description = (
        "Light bulbs on a Light Up (Akari) grid: all white cells lit, no bulbs facing, numbers met"
    )
    answer_kind = "grid"
    multiple_valid_answers = True
    answer_example = "L#\n.L"
    catalog_name = "LightUpPuzzle"

    def schedule(self, difficulty):
        return {"rows": 6 + difficulty // 2, "columns": 6 + (difficulty + 1) // 2}

    def generate_instance(self, rng, sizes):
        rows, cols = sizes["rows"], sizes["columns"]
        for _ in range(REDRAWS):
            shape = [
                "".join(BLACK if rng.random() < BLACK_SHARE else WHITE for _ in range(cols))
                for _ in range(rows)
            ]
            bulbs = greedy_bulbs(rng, shape)
            share = rng.choice(NUMBERED_SHARES)
            grid = [
                "".join(
                    str(side_bulbs(bulbs, rows, cols, r, c))
                    if t == BLACK and rng.random() < share
                    else t
                    for c, t in enumerate(line)
                )
                for r, line in enumerate(shape)
            ]
            if all(
                rule_problem(grid, with_bulbs(grid, greedy_bulbs(rng, grid)).split("\n"))
                for _ in range(GREEDY_TRIES)
            ):
                break
        return {"grid": grid, "bulbs": sorted(map(list, bulbs))}

    def solve(self, instance):
        return with_bulbs(instance["grid"], {tuple(cell) for cell in instance["bulbs"]})

    def render(self, instance):
        grid = instance["grid"]
        rows, cols = len(grid), len(grid[0])
        return (
            f"Here is a grid with {rows} rows and {cols} columns (cells are separated by spaces):\n"
            f"{token_grid_text([list(line) for line in grid])}\n\n"
            "'.' is a white cell, '#' is a black cell, and a digit 0-4 is a black cell with a "
            "number. Place light bulbs on white cells. A bulb lights its own cell and every white "
            "cell it can see in its row and in its column: the light goes left, right, up and down "
            "until it reaches a black cell or the edge of the grid. The placement must satisfy:\n"
            "1. every white cell is lit by at least one bulb;\n"
            "2. no bulb is lit by another bulb (no two bulbs see each other);\n"
            "3. a black cell with a number has exactly that many bulbs in the white cells directly "
            "above, below, left and right of it.\n"
            "Black cells without a number may have any number of bulbs next to them.\n"
            f"Answer with the grid after placing the bulbs: {rows} lines of {cols} characters, the "
            "same as above except that each cell holding a bulb is written 'L'. For example, the "
            "2 x 2 grid with rows .# and .. and bulbs in its top-left and bottom-right cells is "
            "written as the lines L# and .L . If several placements work, any one of them is "
            "accepted."
        )

    def parse(self, text, instance):
        grid = instance["grid"]
        return parse_grid(text, len(grid), len(grid[0]), cells={WHITE, BLACK, BULB, *NUMBERS})

    def check(self, instance, answer, reference):
        why = rule_problem(instance["grid"], answer)
        return Verdict.right() if why is None else Verdict.wrong(why)

    def random_answer(self, problem, rng, other):
        """A greedy random fill: every white cell lit, no two bulbs facing, numbers ignored."""
        grid = problem.instance["grid"]
        return with_bulbs(grid, greedy_bulbs(rng, grid))

    def near_misses(self, problem):
        grid = problem.instance["grid"]
        bulbs = {tuple(cell) for cell in problem.instance["bulbs"]}
        first = min(bulbs)
        misses = [with_bulbs(grid, bulbs - {first})]  # a white cell goes dark
        for run in sight_lines(grid):  # a second bulb in a run that holds one: they face
            if len(run) > 1 and any(cell in bulbs for cell in run):
                extra = next(cell for cell in run if cell not in bulbs)
                misses.append(with_bulbs(grid, bulbs | {extra}))
                break
        misses.append(with_bulbs(grid, set()))
        return misses
